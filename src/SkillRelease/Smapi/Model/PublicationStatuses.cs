namespace SkillRelease.Smapi.Model;

/// <summary>
/// A skill summary's <c>publicationStatus</c> (GET /v1/skills?vendorId&amp;skillId, smapi-contract.md §7.5): the
/// development stage is DEVELOPMENT or CERTIFICATION, the certified stage CERTIFIED, the live stage PUBLISHED (or
/// HIDDEN, REMOVED, which stay text).
/// </summary>
public static class PublicationStatuses
{
    public const string Development = "DEVELOPMENT";
    public const string Certification = "CERTIFICATION";
    public const string Certified = "CERTIFIED";
    public const string Published = "PUBLISHED";
}
