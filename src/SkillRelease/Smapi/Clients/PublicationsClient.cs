using System.Text.Json.Nodes;
using SkillRelease.Smapi.Model;

namespace SkillRelease.Smapi.Clients;

internal sealed class PublicationsClient(SmapiConnection connection) : IPublicationsClient
{
    public async Task<Publication> PublishAsync(string skillId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(skillId);
        var request = new SmapiRequest(HttpMethod.Post, SmapiPaths.Publications(skillId), "PublishSkill") { Body = new JsonObject(), AcceptLanguage = true };
        var answer = await connection.GetObjectAsync(request, cancellationToken).ConfigureAwait(false);
        return SmapiConnection.Read<Publication>(answer);
    }

    public async Task<Publication?> GetLatestAsync(string skillId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(skillId);
        var request = new SmapiRequest(HttpMethod.Get, SmapiPaths.LatestPublication(skillId), "GetSkillPublications") { AcceptLanguage = true, NotFoundIsNull = true };
        return await connection.GetObjectAsync(request, cancellationToken).ConfigureAwait(false) is { } answer ? SmapiConnection.Read<Publication>(answer) : null;
    }
}
