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

/// <summary>
/// A weighted step before a promote completes: <see cref="Percent"/> of traffic on the new version for
/// <see cref="Duration"/>, watched through CloudWatch and rolled back when too many of its invocations fail.
/// </summary>
public sealed record Canary(double Percent, TimeSpan Duration)
{
    /// <summary>The canary fails when at least this share of the new version's invocations are errors.</summary>
    public double MaxErrorRate { get; init; } = 0.05;

    /// <summary>Fewer invocations than this say nothing either way.</summary>
    public int MinInvocations { get; init; } = 20;

    /// <summary>How often the figures are read; CloudWatch's Lambda metrics have one datapoint a minute.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>How long this run's AWS credentials last (AWS_ROLE_DURATION_SECONDS; the OIDC role session's 1 h by default).</summary>
    public TimeSpan CredentialLifetime { get; init; } = TimeSpan.FromHours(1);

    /// <summary>What a run needs besides the wait: publishing before it, the final move and the records after it.</summary>
    public static TimeSpan CredentialMargin { get; } = TimeSpan.FromMinutes(5);

    /// <summary>A canary's share of traffic, in percent: some, but not all of it.</summary>
    public static ValueLimits PercentLimits { get; } = new(0, 100, MinimumIncluded: false, MaximumIncluded: false);

    /// <summary>A canary's duration, in minutes: up to a day.</summary>
    public static ValueLimits MinutesLimits { get; } = new(0, 24 * 60, MinimumIncluded: false, MaximumIncluded: true);

    /// <summary>No canary when neither figure is given (or both are 0); otherwise both within their limits.</summary>
    /// <exception cref="IntentValueException">A figure is missing or outside its limits.</exception>
    public static Canary? From(double? percent, double? minutes)
    {
        if (percent is null or 0 && minutes is null or 0)
        {
            return null;
        }

        if (percent is not { } share || !PercentLimits.Contains(share))
        {
            throw new IntentValueException(IntentField.CanaryPercent, percent, PercentLimits);
        }

        if (minutes is not { } length || !MinutesLimits.Contains(length))
        {
            throw new IntentValueException(IntentField.CanaryMinutes, minutes, MinutesLimits);
        }

        return new Canary(share, TimeSpan.FromMinutes(length));
    }
}

/// <summary>rollback: the live alias back to the version it pointed at before.</summary>
public sealed record Rollback() : ReleaseIntent("rollback");
