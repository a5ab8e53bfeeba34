using System.Text.Json.Nodes;
using SkillRelease.Smapi.Model;

namespace SkillRelease.Smapi.Clients;

internal sealed class SkillManifestClient(SmapiConnection connection) : ISkillManifestClient
{
    public async Task<StageDocument?> GetAsync(string skillId, string stage, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(skillId);
        ArgumentException.ThrowIfNullOrWhiteSpace(stage);
        var response = await connection.SendAsync(new SmapiRequest(HttpMethod.Get, SmapiPaths.Manifest(skillId, stage), "GetSkillManifest") { NotFoundIsNull = true }, cancellationToken).ConfigureAwait(false);
        return response is null ? null : new StageDocument(response.Body as JsonObject ?? [], response.ETag);
    }

    public async Task UpdateAsync(string skillId, JsonObject envelope, string? ifMatch, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(skillId);
        ArgumentNullException.ThrowIfNull(envelope);
        await connection.SendAsync(new SmapiRequest(HttpMethod.Put, SmapiPaths.Manifest(skillId, Stages.Development), "UpdateSkillManifest") { Body = envelope, IfMatch = ifMatch }, cancellationToken).ConfigureAwait(false);
    }
}
