using SkillRelease.Smapi.Model;

namespace SkillRelease.Smapi;

/// <summary>/v1/skills/{skillId}/submit, /withdraw and /certifications —
/// https://developer.amazon.com/en-US/docs/alexa/smapi/certification-and-publishing-api.html</summary>
public interface ICertificationsClient
{
    /// <summary>POST /submit, sent once and never retried (a retry could submit twice); returns the certification id
    /// from the <c>Location</c> header.</summary>
    Task<string> SubmitAsync(string skillId, SubmitSkillForCertificationRequest request, CancellationToken cancellationToken);

    /// <summary>POST /withdraw.</summary>
    Task WithdrawAsync(string skillId, WithdrawRequest request, CancellationToken cancellationToken);

    /// <summary>GET /certifications, newest first, every page followed.</summary>
    Task<IReadOnlyList<CertificationSummary>> ListAsync(string skillId, CancellationToken cancellationToken);

    /// <summary>GET /certifications/{id} (<c>mostRecent</c> allowed); null on 404.</summary>
    Task<CertificationReview?> GetReviewAsync(string skillId, string certificationId, CancellationToken cancellationToken);
}
