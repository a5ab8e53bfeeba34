using System.Text.Json.Nodes;
using SkillRelease.Smapi.Model;

namespace SkillRelease.Smapi.Clients;

internal sealed class SkillSummariesClient(SmapiConnection connection) : ISkillSummariesClient
{
    public async Task<IReadOnlyList<SkillSummary>> ListAsync(string vendorId, string skillId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(vendorId);
        ArgumentException.ThrowIfNullOrWhiteSpace(skillId);
        var answer = await connection.GetObjectAsync(new SmapiRequest(HttpMethod.Get, SmapiPaths.Skills(vendorId, skillId), "ListSkillsForVendor"), cancellationToken).ConfigureAwait(false);
        return answer!["skills"] is JsonArray skills ? SmapiConnection.Read<List<SkillSummary>>(skills) : [];
    }
}
