namespace SkillRelease.Smapi;

/// <summary>SMAPI's paths in one place (smapi-contract.md §4–§8); path parameters are escaped here.</summary>
internal static class SmapiPaths
{
    /// <summary>Publications only answer in a language the caller names; the pipeline reads English.</summary>
    public const string AcceptLanguage = "en-US";

    public static string Skill(string skillId) => "v1/skills/" + Escape(skillId);

    public static string Stage(string skillId, string stage) => $"{Skill(skillId)}/stages/{Escape(stage)}";

    public static string Manifest(string skillId, string stage) => Stage(skillId, stage) + "/manifest";

    public static string InteractionModel(string skillId, string stage, string locale) =>
        $"{Stage(skillId, stage)}/interactionModel/locales/{Escape(locale)}";

    public static string Status(string skillId) => Skill(skillId) + "/status";

    public static string Validations(string skillId, string stage) => Stage(skillId, stage) + "/validations";

    public static string Validation(string skillId, string stage, string validationId) => $"{Validations(skillId, stage)}/{Escape(validationId)}";

    public static string Submit(string skillId) => Skill(skillId) + "/submit";

    public static string Withdraw(string skillId) => Skill(skillId) + "/withdraw";

    public static string Certifications(string skillId) => Skill(skillId) + "/certifications";

    public static string Certification(string skillId, string certificationId) => $"{Certifications(skillId)}/{Escape(certificationId)}";

    public static string Publications(string skillId) => Skill(skillId) + "/publications";

    public static string LatestPublication(string skillId) => Publications(skillId) + "/" + SmapiWire.Latest;

    public static string Rollbacks(string skillId) => Skill(skillId) + "/rollbacks";

    public static string Rollback(string skillId, string rollbackRequestId) => $"{Rollbacks(skillId)}/{Escape(rollbackRequestId)}";

    public static string Versions(string skillId) => Skill(skillId) + "/versions";

    public static string Skills(string vendorId, string skillId) => $"v1/skills?vendorId={Escape(vendorId)}&skillId={Escape(skillId)}";

    /// <summary>The last path segment of a <c>Location</c> (absolute or relative), e.g. the certification id.</summary>
    public static string? LastSegment(Uri? location)
    {
        if (location is null)
        {
            return null;
        }

        var path = location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString.Split('?', '#')[0];
        var segment = path.TrimEnd('/').Split('/')[^1];
        return segment.Length == 0 ? null : Uri.UnescapeDataString(segment);
    }

    private static string Escape(string value) => Uri.EscapeDataString(value);
}
