using SkillRelease.Smapi.Model;

namespace SkillRelease.Smapi;

/// <summary>/v1/skills/{skillId}/stages/{stage}/validations — https://developer.amazon.com/en-US/docs/alexa/smapi/skill-validation-api.html</summary>
public interface IValidationsClient
{
    /// <summary>POST; returns the validation id.</summary>
    Task<string> SubmitAsync(string skillId, string stage, IReadOnlyList<string> locales, CancellationToken cancellationToken);

    /// <summary>GET one validation (<c>mostRecent</c> allowed).</summary>
    Task<SkillValidation> GetAsync(string skillId, string stage, string validationId, CancellationToken cancellationToken);

    /// <summary>Polls until the validation is no longer IN_PROGRESS, within a bound.</summary>
    Task<SkillValidation> WaitAsync(string skillId, string stage, string validationId, CancellationToken cancellationToken);
}
