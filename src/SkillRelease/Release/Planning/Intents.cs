using SkillRelease.Release.Packages;

namespace SkillRelease.Release.Planning;

/// <summary>What a task asks the engine for. The planner turns (remote state, intent) into a plan.</summary>
public abstract record ReleaseIntent(string Name)
{
    /// <summary>The locales whose models the observer reads (those the skill package has).</summary>
    public virtual IReadOnlyList<string> Locales => [];
}

/// <summary>deploy-latest: the commit's code on $LATEST and its skill package on the development stage.</summary>
public sealed record DeployLatest(CodePackage Code, SkillPackage Skill) : ReleaseIntent("deploy-latest")
{
    public override IReadOnlyList<string> Locales => Skill.Locales;
}

/// <summary>cut-release: publish, point the candidate alias, submit for certification.</summary>
public sealed record CutRelease(ReleaseTag Tag, CodePackage Code, SkillPackage Skill, string PublicationMethod, DateTimeOffset Now) : ReleaseIntent("cut-release")
{
    public override IReadOnlyList<string> Locales => Skill.Locales;
}

/// <summary>await-certification: finish a certification that ended (either way).</summary>
public sealed record AwaitCertification(bool Publish, DateTimeOffset Now) : ReleaseIntent("await-certification");

/// <summary>promote: a code-only release to the live alias, optionally through a canary.</summary>
public sealed record Promote(CodePackage Code, SkillPackage Skill, Canary? Canary, DateTimeOffset Now) : ReleaseIntent("promote")
{
    public override IReadOnlyList<string> Locales => Skill.Locales;
}

/// <summary>A weighted step before a promote completes: <see cref="Percent"/> of traffic on the new version for <see cref="Duration"/>.</summary>
public sealed record Canary(double Percent, TimeSpan Duration)
{
    public static Canary? From(double? percent, double? minutes)
    {
        if (percent is null or 0 && minutes is null or 0)
        {
            return null;
        }

        if (percent is not (> 0 and < 100))
        {
            throw new ArgumentException($"--canary-percent must be between 0 and 100 (exclusive), not {percent}.");
        }

        if (minutes is not (> 0 and <= 24 * 60))
        {
            throw new ArgumentException($"--canary-minutes must be between 0 and 1440 with --canary-percent, not {minutes?.ToString() ?? "missing"}.");
        }

        return new Canary(percent.Value, TimeSpan.FromMinutes(minutes.Value));
    }
}

/// <summary>rollback: the live alias back to the version it pointed at before.</summary>
public sealed record Rollback() : ReleaseIntent("rollback");
