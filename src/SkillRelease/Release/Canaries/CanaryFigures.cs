using System.Globalization;
using SkillRelease.Release.Planning;

namespace SkillRelease.Release.Canaries;

/// <summary>What CloudWatch counted for a canary's new version on its alias since the canary started.</summary>
public sealed record CanaryFigures(string Alias, string Version, long Invocations, long Errors)
{
    public double ErrorRate => Invocations == 0 ? 0 : (double)Errors / Invocations;

    /// <summary>Enough invocations to judge, and too many of them failed.</summary>
    public bool Fail(Canary canary)
    {
        ArgumentNullException.ThrowIfNull(canary);
        return Invocations >= canary.MinInvocations && ErrorRate >= canary.MaxErrorRate;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"version {Version} on alias {Alias}: {Errors} error(s) in {Invocations} invocation(s){(Invocations == 0 ? "" : $" ({ErrorRate * 100:0.#}%)")}");
}
