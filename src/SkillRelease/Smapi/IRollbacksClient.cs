using SkillRelease.Smapi.Model;

namespace SkillRelease.Smapi;

/// <summary>
/// /v1/skills/{skillId}/rollbacks — puts an earlier certified skill version back on the live stage without
/// recertification. https://developer.amazon.com/en-US/docs/alexa/smapi/skill-rollback.html
/// </summary>
public interface IRollbacksClient
{
    /// <summary>
    /// POST /rollbacks (201, <c>{"rollbackRequestId"}</c>), sent once and never retried: SMAPI allows one rollback or
    /// publication outstanding per skill, so a repeat after a lost answer would be a 409. A 409 (another operation
    /// outstanding, or the version is not eligible) is a <see cref="SmapiException"/> with <c>IsConflict</c>.
    /// </summary>
    Task<string> CreateAsync(string skillId, CreateRollbackRequest request, CancellationToken cancellationToken);

    /// <summary>GET /rollbacks/{rollbackRequestId}; <c>~latest</c> reads the newest. Null on 404 (no rollback yet).</summary>
    Task<RollbackRequestStatus?> GetAsync(string skillId, string rollbackRequestId, CancellationToken cancellationToken);

    /// <summary>Polls the rollback with backoff until it is no longer IN_PROGRESS, within a bound; returns the final status.</summary>
    Task<RollbackRequestStatus> WaitUntilDoneAsync(string skillId, string rollbackRequestId, CancellationToken cancellationToken);
}
