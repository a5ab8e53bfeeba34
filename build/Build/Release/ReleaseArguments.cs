using System.Globalization;
using Cake.Common;
using Cake.Core;
using SkillRelease.Release.Packages;
using SkillRelease.Release.Planning;
using SkillRelease.Simulator;
using SkillRelease.Simulator.Faults;
using SkillRelease.Smapi.Model;

namespace Build.Release;

/// <summary>The release tasks' switches, parsed once; each one is read only by the task that uses it.</summary>
public sealed class ReleaseArguments(ICakeContext context, IReadOnlyDictionary<string, string?> environment)
{
    /// <summary><c>--tag</c>, else the tag GitHub Actions pushed (<c>GITHUB_REF=refs/tags/v…</c>), validated.</summary>
    public ReleaseTag Tag => ReleaseTag.Parse(context.Argument<string?>("tag", null) ?? ReleaseTag.FromGitRef(environment.GetValueOrDefault("GITHUB_REF"))
        ?? throw new ArgumentException("No release tag: pass --tag vX.Y.Z (or run from a tag push, where GITHUB_REF is refs/tags/vX.Y.Z)."));

    /// <summary><c>--publication-method AUTO_PUBLISHING|MANUAL_PUBLISHING</c> (default automatic).</summary>
    public string PublicationMethod => context.Argument("publication-method", PublicationMethods.Auto).ToUpperInvariant() switch
    {
        PublicationMethods.Auto => PublicationMethods.Auto,
        PublicationMethods.Manual => PublicationMethods.Manual,
        var other => throw new ArgumentException($"--publication-method '{other}' is not known: use AUTO_PUBLISHING or MANUAL_PUBLISHING."),
    };

    /// <summary><c>--publish</c>: await-certification publishes a skill certified for manual publishing.</summary>
    public bool Publish => context.HasArgument("publish") && context.Argument("publish", "true") != "false";

    /// <summary>simulate --empty: a new account, no function and no skill, for following docs/setup.md from its first step.</summary>
    public bool SimulateEmpty => context.HasArgument("empty") && context.Argument("empty", "true") != "false";

    /// <summary>
    /// <c>--canary-percent P --canary-minutes M</c> for promote, watched with <c>--canary-max-error-rate R</c>,
    /// <c>--canary-min-invocations N</c> and <c>--canary-poll-seconds S</c>; AWS_ROLE_DURATION_SECONDS says how long
    /// the run's AWS credentials last (the role session's length, 3600 unless the workflow asks for more).
    /// </summary>
    public Canary? Canary => CanaryFromSwitches() is { } canary
        ? canary with
        {
            MaxErrorRate = Bounded("canary-max-error-rate", canary.MaxErrorRate, 0, 1),
            MinInvocations = (int)Bounded("canary-min-invocations", canary.MinInvocations, 0, int.MaxValue),
            PollInterval = TimeSpan.FromSeconds(Bounded("canary-poll-seconds", canary.PollInterval.TotalSeconds, 0.01, 3600)),
            CredentialLifetime = environment.GetValueOrDefault("AWS_ROLE_DURATION_SECONDS") is { Length: > 0 } seconds
                ? TimeSpan.FromSeconds(double.TryParse(seconds, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0
                    ? value
                    : throw new ArgumentException($"AWS_ROLE_DURATION_SECONDS must be a number of seconds (the role session's length), not '{seconds}'."))
                : canary.CredentialLifetime,
        }
        : null;

    /// <summary><c>--canary-error-rate R</c> for simulate: the share (0–1) of a canary's invocations that fail.</summary>
    public double CanaryErrorRate => Bounded("canary-error-rate", 0, 0, 1);

    /// <summary>The commit being released: GITHUB_SHA in Actions, else git's HEAD.</summary>
    public string Commit => environment.GetValueOrDefault("GITHUB_SHA") is { Length: > 0 } sha ? sha : GitHead.Read(context.Environment.WorkingDirectory.FullPath);

    /// <summary><c>--certify-after SECONDS</c> for simulate (unset: only when told).</summary>
    public TimeSpan? CertifyAfter => Seconds("certify-after");

    /// <summary><c>--fail SERVICE:Operation:N:FAULT</c> for simulate, repeatable.</summary>
    public IReadOnlyList<PlannedFault> Faults => context.Arguments<string>("fail", []).Select(PlannedFault.Parse).ToList();

    /// <summary><c>--lambda-update-seconds S</c> for simulate: how long an upload keeps the function InProgress.</summary>
    public TimeSpan? LambdaUpdateDuration => Seconds("lambda-update-seconds");

    /// <summary><c>--smapi-update-seconds S</c> for simulate: how long manifest updates, model builds and validations stay IN_PROGRESS.</summary>
    public TimeSpan? SmapiUpdateDuration => Seconds("smapi-update-seconds");

    /// <summary><c>--latency-ms N</c> for simulate: added to every answer, like a network round trip.</summary>
    public TimeSpan? Latency => context.Argument<double?>("latency-ms", null) switch
    {
        null => null,
        >= 0 and var milliseconds => TimeSpan.FromMilliseconds(milliseconds),
        var other => throw new ArgumentException($"--latency-ms {other} is negative: give the delay per answer in milliseconds, e.g. --latency-ms 100."),
    };

    /// <summary><c>--publish-after SECONDS</c> for simulate: how long an automatically published certification takes to go live.</summary>
    public TimeSpan? PublishAfter => Seconds("publish-after");

    /// <summary><c>--certification-outcome pass|fail</c> for simulate.</summary>
    public CertificationOutcome CertificationOutcome => context.Argument("certification-outcome", "pass").ToLowerInvariant() switch
    {
        "pass" => CertificationOutcome.Pass,
        "fail" => CertificationOutcome.Fail,
        var other => throw new ArgumentException($"--certification-outcome '{other}' is not known: use pass or fail."),
    };

    /// <summary>The engine bounds the canary's figures; this says which switch to fix.</summary>
    private Canary? CanaryFromSwitches()
    {
        try
        {
            return Canary.From(context.Argument<double?>("canary-percent", null), context.Argument<double?>("canary-minutes", null));
        }
        catch (IntentValueException invalid)
        {
            var (option, alongside) = invalid.Field switch
            {
                IntentField.CanaryPercent => ("--canary-percent", ""),
                IntentField.CanaryMinutes => ("--canary-minutes", " with --canary-percent"),
                _ => throw new InvalidOperationException($"No switch sets {invalid.Field}.", invalid),
            };
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"{option} must be {invalid.Limits}{alongside}, not {invalid.Value?.ToString(CultureInfo.InvariantCulture) ?? "missing"}."), invalid);
        }
    }

    private double Bounded(string name, double fallback, double min, double max) =>
        context.Argument<double?>(name, null) is not { } value ? fallback
        : value >= min && value <= max ? value
        : throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"--{name} must be between {min} and {max}, not {value}."));

    private TimeSpan? Seconds(string name) => context.Argument<double?>(name, null) is { } seconds ? TimeSpan.FromSeconds(seconds) : null;
}
