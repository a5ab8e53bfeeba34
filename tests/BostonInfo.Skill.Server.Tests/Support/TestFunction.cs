namespace BostonInfo.Skill.Server.Tests.Support;

/// <summary>The skill's function with test dependencies.</summary>
internal static class TestFunction
{
    public static Function Create(CapturedSkillLog log, string? skillId = null) =>
        new(new SkillSettings(skillId), TimeProvider.System, log, new NoNetworkHandler());
}
