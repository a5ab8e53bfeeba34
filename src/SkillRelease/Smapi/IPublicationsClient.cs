using SkillRelease.Smapi.Model;

namespace SkillRelease.Smapi;

/// <summary>/v1/skills/{skillId}/publications — publishes a skill certified with MANUAL_PUBLISHING.</summary>
public interface IPublicationsClient
{
    /// <summary>POST /publications (Accept-Language en-US), publishing now.</summary>
    Task<Publication> PublishAsync(string skillId, CancellationToken cancellationToken);

    /// <summary>GET /publications/~latest; null on 404.</summary>
    Task<Publication?> GetLatestAsync(string skillId, CancellationToken cancellationToken);
}
