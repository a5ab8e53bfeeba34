using BostonInfo.Skill.CityData;

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

    /// <summary>Where each city data service lives; the real hosts unless the environment says otherwise.</summary>
    public CityDataEndpoints CityData { get; init; } = CityDataEndpoints.Default;

    /// <summary>
    /// The longest one call to a city service may take. Alexa waits about 8 seconds for the whole answer, and an
    /// intent may need two calls in a row (geocoder, then data).
    /// </summary>
    public TimeSpan CallTimeout { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>The whole answer's deadline, comfortably inside Alexa's 8 seconds.</summary>
    public TimeSpan AnswerDeadline { get; init; } = TimeSpan.FromSeconds(6);

    public static SkillSettings FromEnvironment() => FromEnvironment(Environment.GetEnvironmentVariable);

    public static SkillSettings FromEnvironment(Func<string, string?> readVariable)
    {
        ArgumentNullException.ThrowIfNull(readVariable);
        var skillId = readVariable(AlexaSkillIdVariable);
        return new SkillSettings(string.IsNullOrWhiteSpace(skillId) ? null : skillId.Trim())
        {
            CityData = CityDataEndpoints.FromEnvironment(readVariable),
        };
    }
}
