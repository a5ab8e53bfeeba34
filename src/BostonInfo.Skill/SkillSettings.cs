namespace BostonInfo.Skill;

/// <summary>
/// The function's configuration, read once from the environment when the function is built (Lambda reuses
/// the instance for every invocation of a warm container).
/// </summary>
/// <param name="AlexaSkillId">
/// When set, requests for any other application id are refused (environment variable ALEXA_SKILL_ID).
/// </param>
public sealed record SkillSettings(string? AlexaSkillId)
{
    public const string AlexaSkillIdVariable = "ALEXA_SKILL_ID";

    public static SkillSettings FromEnvironment() => FromEnvironment(Environment.GetEnvironmentVariable);

    public static SkillSettings FromEnvironment(Func<string, string?> readVariable)
    {
        ArgumentNullException.ThrowIfNull(readVariable);
        var skillId = readVariable(AlexaSkillIdVariable);
        return new SkillSettings(string.IsNullOrWhiteSpace(skillId) ? null : skillId.Trim());
    }
}
