using System.Text.Json.Nodes;
using SkillRelease.Smapi.Model;

namespace SkillRelease.Smapi.Clients;

internal sealed class SkillVersionsClient(SmapiConnection connection) : ISkillVersionsClient
{
    private const int PageSize = 50;

    public async Task<IReadOnlyList<SkillVersion>> ListAsync(string skillId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(skillId);
        var all = new List<SkillVersion>();
        string? nextToken = null;
        do
        {
            var path = $"{SmapiPaths.Versions(skillId)}?maxResults={PageSize}" + (nextToken is null ? "" : "&nextToken=" + Uri.EscapeDataString(nextToken));
            var page = await connection.GetObjectAsync(new SmapiRequest(HttpMethod.Get, path, "ListVersionsForSkill") { NotFoundIsNull = true }, cancellationToken).ConfigureAwait(false);
            if (page is null)
            {
                return [];
            }

            if (page["skillVersions"] is JsonArray versions)
            {
                all.AddRange(SmapiConnection.Read<List<SkillVersion>>(versions));
            }

            nextToken = page["isTruncated"]?.GetValue<bool>() == true ? page["nextToken"]?.GetValue<string>() : null;
        }
        while (nextToken is not null);

        // The order SMAPI lists in is not documented; version numbers are.
        return [.. all.OrderBy(v => v.Number)];
    }
}
