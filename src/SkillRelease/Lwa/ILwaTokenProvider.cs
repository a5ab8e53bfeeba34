using SkillRelease.Configuration;

namespace SkillRelease.Lwa;

/// <summary>
/// Access tokens for SMAPI from Login with Amazon's refresh-token grant
/// (https://developer.amazon.com/docs/login-with-amazon/retrieve-token-other-platforms-cbl-docs.html).
/// </summary>
public interface ILwaTokenProvider
{
    /// <summary>A cached token while it has more than 60 s left; otherwise a new one. Throws
    /// <see cref="LwaException"/> on <c>invalid_grant</c>/<c>invalid_client</c> (fatal, not retried).</summary>
    Task<Secret> GetAccessTokenAsync(CancellationToken cancellationToken);

    /// <summary>Forgets the cached token (after SMAPI answered 401), so the next call fetches a new one.</summary>
    void Invalidate(Secret rejectedToken);
}
