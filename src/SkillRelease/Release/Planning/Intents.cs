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
    /// <summary>The canary fails when at least this share of the new version's invocations are errors (--canary-max-error-rate).</summary>
    public double MaxErrorRate { get; init; } = 0.05;

    /// <summary>Fewer invocations than this say nothing either way (--canary-min-invocations).</summary>
    public int MinInvocations { get; init; } = 20;

    /// <summary>How often the figures are read; CloudWatch's Lambda metrics have one datapoint a minute (--canary-poll-seconds).</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>How long this run's AWS credentials last (AWS_ROLE_DURATION_SECONDS; the OIDC role session's 1 h by default).</summary>
    public TimeSpan CredentialLifetime { get; init; } = TimeSpan.FromHours(1);

    /// <summary>What a run needs besides the wait: publishing before it, the final move and the records after it.</summary>
    public static TimeSpan CredentialMargin { get; } = TimeSpan.FromMinutes(5);

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
