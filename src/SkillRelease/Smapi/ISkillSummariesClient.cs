using SkillRelease.Smapi.Model;

namespace SkillRelease.Smapi;

/// <summary>GET /v1/skills?vendorId=…&amp;skillId=… — one summary per stage with its publicationStatus; this is how
/// "published to live" is told apart from "certified, awaiting publishing" (smapi-contract.md §7.5).</summary>
public interface ISkillSummariesClient
{
    Task<IReadOnlyList<SkillSummary>> ListAsync(string vendorId, string skillId, CancellationToken cancellationToken);
}
