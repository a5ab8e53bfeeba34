namespace SkillRelease.Release.Planning;

/// <summary>
/// The figures of an intent that the engine bounds. A program that builds intents from its own input (the build
/// program's switches) maps each one to the name its users type, so the engine's errors never spell an option.
/// </summary>
public enum IntentField
{
    /// <summary>The share of traffic (percent) a canary puts on the new version.</summary>
    CanaryPercent,

    /// <summary>How long (minutes) a canary runs before the full move.</summary>
    CanaryMinutes,
}
