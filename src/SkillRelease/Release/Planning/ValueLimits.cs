using System.Globalization;

namespace SkillRelease.Release.Planning;

/// <summary>An interval a figure must lie in; each end is either included or not.</summary>
public sealed record ValueLimits(double Minimum, double Maximum, bool MinimumIncluded, bool MaximumIncluded)
{
    public bool Contains(double value) =>
        (MinimumIncluded ? value >= Minimum : value > Minimum) && (MaximumIncluded ? value <= Maximum : value < Maximum);

    /// <summary>"more than 0 and at most 1440": reads after "must be".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{(MinimumIncluded ? "at least" : "more than")} {Minimum} and {(MaximumIncluded ? "at most" : "less than")} {Maximum}");
}
