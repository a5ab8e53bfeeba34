using SkillRelease.Smapi.Model;

namespace SkillRelease.Smapi.Clients;

internal sealed class SkillVersionsClient(SmapiConnection connection) : ISkillVersionsClient
{
    public async Task<IReadOnlyList<SkillVersion>> ListAsync(string skillId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(skillId);
        var all = await connection.ListAllAsync<SkillVersion>(SmapiPaths.Versions(skillId), "ListVersionsForSkill", "skillVersions", notFoundIsEmpty: true, cancellationToken).ConfigureAwait(false);
        // The order SMAPI lists in is not documented; version numbers are.
        return [.. all.OrderBy(v => v.Number)];
    }
}
