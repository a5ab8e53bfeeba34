using SkillRelease.Smapi.Model;

namespace SkillRelease.Smapi;

/// <summary>GET /v1/skills/{skillId}/versions — the skill's versions (one per certification submission) and what
/// became of each; ask-cli <c>list-versions-for-skill</c>. Shapes: docs/simulated-smapi-lwa-github.md.</summary>
public interface ISkillVersionsClient
{
    /// <summary>Every version, every page followed, oldest first; empty when SMAPI answers 404.</summary>
    Task<IReadOnlyList<SkillVersion>> ListAsync(string skillId, CancellationToken cancellationToken);
}
