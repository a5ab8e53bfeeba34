namespace SkillRelease.Smapi;

/// <summary>Skill stages as SMAPI spells them (lower case, case-sensitive).</summary>
public static class Stages
{
    public const string Development = "development";
    public const string Certified = "certified";
    public const string Live = "live";
}
