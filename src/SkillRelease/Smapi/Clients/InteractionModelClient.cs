using System.Text.Json.Nodes;
using SkillRelease.Smapi.Model;

namespace SkillRelease.Smapi.Clients;

internal sealed class InteractionModelClient(SmapiConnection connection) : IInteractionModelClient
{
    public async Task<StageDocument?> GetAsync(string skillId, string stage, string locale, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(skillId);
        ArgumentException.ThrowIfNullOrWhiteSpace(stage);
        ArgumentException.ThrowIfNullOrWhiteSpace(locale);
        var response = await connection.SendAsync(new SmapiRequest(HttpMethod.Get, SmapiPaths.InteractionModel(skillId, stage, locale), "GetInteractionModel") { NotFoundIsNull = true }, cancellationToken).ConfigureAwait(false);
        return response is null ? null : new StageDocument(response.Body as JsonObject ?? [], response.ETag);
    }

    public async Task SetAsync(string skillId, string locale, JsonObject envelope, string? ifMatch, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(skillId);
        ArgumentException.ThrowIfNullOrWhiteSpace(locale);
        ArgumentNullException.ThrowIfNull(envelope);
        var path = SmapiPaths.InteractionModel(skillId, Stages.Development, locale);
        await connection.SendAsync(new SmapiRequest(HttpMethod.Put, path, "SetInteractionModel") { Body = envelope, IfMatch = ifMatch }, cancellationToken).ConfigureAwait(false);
    }
}
