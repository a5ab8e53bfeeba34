using System.Globalization;

namespace SkillRelease.Release.Planning;

/// <summary>
/// An intent's figure outside its limits, as data: which figure, the value given (null: missing) and the open or
/// closed interval it must lie in. The message names the figure in the engine's words; a caller that knows how the
/// user typed it words its own sentence from <see cref="Field"/>, <see cref="Value"/> and <see cref="Limits"/>.
/// </summary>
public sealed class IntentValueException(IntentField field, double? value, ValueLimits limits)
    : ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The {Words(field)} must be {limits}, not {value?.ToString(CultureInfo.InvariantCulture) ?? "missing"}."))
{
    public IntentField Field { get; } = field;

    public double? Value { get; } = value;

    public ValueLimits Limits { get; } = limits;

    private static string Words(IntentField field) => field switch
    {
        IntentField.CanaryPercent => "canary's percent of traffic",
        IntentField.CanaryMinutes => "canary's duration in minutes",
        _ => field.ToString(),
    };
}
