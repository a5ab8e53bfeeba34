namespace SkillRelease.Smapi;

/// <summary>
/// The Alexa Skill Management API, one member per resource, reached like its URL reads
/// (<c>smapi.Manifest.UpdateAsync</c> ↔ <c>PUT /v1/skills/{id}/stages/development/manifest</c>).
/// Reference: https://developer.amazon.com/en-US/docs/alexa/smapi/smapi-overview.html and
/// shared/reference/smapi-contract.md. Errors are <see cref="SmapiException"/>; transient failures are retried inside
/// (<see cref="SkillRelease.Http.RetryRules"/>), other 4xx fail at once with the server's words; a 401 refreshes the LWA token once.
/// </summary>
public interface ISmapiClient
{
    ISkillManifestClient Manifest { get; }

    IInteractionModelClient InteractionModel { get; }

    ISkillStatusClient Status { get; }

    IValidationsClient Validations { get; }

    ICertificationsClient Certifications { get; }

    IPublicationsClient Publications { get; }

    ISkillSummariesClient Skills { get; }

    ISkillVersionsClient Versions { get; }

    IRollbacksClient Rollbacks { get; }
}
