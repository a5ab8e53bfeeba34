namespace BostonInfo.Skill.Tests.Support;

/// <summary>Handler dependencies with no network and a manual clock.</summary>
internal static class TestServices
{
    public static SkillServices Create(string? skillId = null) =>
        new(new SkillSettings(skillId), new ManualTimeProvider(), new NoNetworkHandler(), new RecordingSkillLog());
}
