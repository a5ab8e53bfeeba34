using SkillRelease.Smapi.Model;

namespace SkillRelease.Smapi;

/// <summary>GET /v1/skills/{skillId}/status — https://developer.amazon.com/en-US/docs/alexa/smapi/skill-operations.html#get-skill-status</summary>
public interface ISkillStatusClient
{
    Task<SkillStatus> GetAsync(string skillId, CancellationToken cancellationToken);

    /// <summary>Polls with backoff until neither the manifest nor any model is IN_PROGRESS, within a bound;
    /// returns the final status (which may hold FAILED resources with their errors).</summary>
    Task<SkillStatus> WaitUntilSettledAsync(string skillId, CancellationToken cancellationToken);
}
