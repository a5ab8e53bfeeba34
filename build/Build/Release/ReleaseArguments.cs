using System.Globalization;
using Build.Arguments;
using SkillRelease.Configuration;
using SkillRelease.Release.Packages;
using SkillRelease.Release.Planning;
using SkillRelease.Simulator;
using SkillRelease.Simulator.Faults;
using SkillRelease.Smapi.Model;

namespace Build.Release;

/// <summary>
/// The release tasks' switches, read once before any task runs; a bad one is a problem in <paramref name="arguments"/>,
/// reported with every other. Each value is read only by the task that uses it.
/// </summary>
public sealed class ReleaseArguments(ArgumentReader arguments, IReadOnlyDictionary<string, string?> environment, string repository)
{
    private static readonly Dictionary<string, string> PublicationMethodChoices = new(StringComparer.OrdinalIgnoreCase)
    {
        [PublicationMethods.Auto] = PublicationMethods.Auto,
        [PublicationMethods.Manual] = PublicationMethods.Manual,
    };

    private static readonly Dictionary<string, CertificationOutcome> OutcomeChoices = new(StringComparer.OrdinalIgnoreCase)
    {
        ["pass"] = CertificationOutcome.Pass,
        ["fail"] = CertificationOutcome.Fail,
    };

    private readonly ReleaseTag? _tag = (arguments.Text("tag") ?? ReleaseTag.FromGitRef(environment.GetValueOrDefault("GITHUB_REF"))) is { } tag
        ? arguments.Parse<ReleaseTag, InvalidReleaseTagException>(tag, ReleaseTag.Parse)
        : null;

    private readonly Lazy<string> _commit = new(() => GitHead.Read(repository));

    /// <summary><c>--tag</c>, else the tag GitHub Actions pushed (<c>GITHUB_REF=refs/tags/v…</c>); cut-release needs one.</summary>
    public ReleaseTag Tag => _tag ?? throw new ArgumentException("No release tag: pass --tag vX.Y.Z (or run from a tag push, where GITHUB_REF is refs/tags/vX.Y.Z).");

    /// <summary><c>--publication-method AUTO_PUBLISHING|MANUAL_PUBLISHING</c> (default automatic).</summary>
    public string PublicationMethod { get; } = arguments.Choice("publication-method", PublicationMethods.Auto, PublicationMethodChoices, "AUTO_PUBLISHING or MANUAL_PUBLISHING");

    /// <summary><c>--publish</c>: await-certification publishes a skill certified for manual publishing.</summary>
    public bool Publish { get; } = arguments.Flag("publish");

    /// <summary>simulate --empty: a new account, no function and no skill, for following docs/setup.md from its first step.</summary>
    public bool SimulateEmpty { get; } = arguments.Flag("empty");

    /// <summary>
    /// <c>--canary-percent P --canary-minutes M</c> for promote, watched with <c>--canary-max-error-rate R</c>,
    /// <c>--canary-min-invocations N</c> and <c>--canary-poll-seconds S</c>; AWS_ROLE_DURATION_SECONDS says how long
    /// the run's AWS credentials last (the role session's length, 3600 unless the workflow asks for more).
    /// </summary>
    public Canary? Canary { get; } = ReadCanary(arguments, environment);

    /// <summary><c>--canary-error-rate R</c> for simulate: the share (0–1) of a canary's invocations that fail.</summary>
    public double CanaryErrorRate { get; } = arguments.Number("canary-error-rate", 0, 1, "0.2") ?? 0;

    /// <summary>The commit being released: GITHUB_SHA in Actions, else git's HEAD (read when first needed).</summary>
    public string Commit => environment.GetValueOrDefault("GITHUB_SHA") is { Length: > 0 } sha ? sha : _commit.Value;

    /// <summary><c>--certify-after SECONDS</c> for simulate (unset: only when told).</summary>
    public TimeSpan? CertifyAfter { get; } = Seconds(arguments, "certify-after");

    /// <summary><c>--fail SERVICE:Operation:N:FAULT</c> for simulate, repeatable.</summary>
    public IReadOnlyList<PlannedFault> Faults { get; } = [.. arguments.All("fail").Select(text => arguments.Parse<PlannedFault, FormatException>(text, PlannedFault.Parse)).OfType<PlannedFault>()];

    /// <summary><c>--lambda-update-seconds S</c> for simulate: how long an upload keeps the function InProgress.</summary>
    public TimeSpan? LambdaUpdateDuration { get; } = Seconds(arguments, "lambda-update-seconds");

    /// <summary><c>--smapi-update-seconds S</c> for simulate: how long manifest updates, model builds and validations stay IN_PROGRESS.</summary>
    public TimeSpan? SmapiUpdateDuration { get; } = Seconds(arguments, "smapi-update-seconds");

    /// <summary><c>--latency-ms N</c> for simulate: added to every answer, like a network round trip.</summary>
    public TimeSpan? Latency { get; } = arguments.Number("latency-ms", 0, 60_000, "100") is { } milliseconds ? TimeSpan.FromMilliseconds(milliseconds) : null;

    /// <summary><c>--publish-after SECONDS</c> for simulate: how long an automatically published certification takes to go live.</summary>
    public TimeSpan? PublishAfter { get; } = Seconds(arguments, "publish-after");

    /// <summary><c>--certification-outcome pass|fail</c> for simulate.</summary>
    public CertificationOutcome CertificationOutcome { get; } = arguments.Choice("certification-outcome", CertificationOutcome.Pass, OutcomeChoices, "pass or fail");

    // Every canary argument is checked, so that a bad percent and a bad duration are reported together.
    private static Canary? ReadCanary(ArgumentReader arguments, IReadOnlyDictionary<string, string?> environment)
    {
        var reported = arguments.Problems.Count;
        // The reader's ranges are the engine's limits, ends included; Canary.From then refuses an end it excludes.
        var percent = arguments.Number("canary-percent", Canary.PercentLimits.Minimum, Canary.PercentLimits.Maximum, "10");
        var minutes = arguments.Number("canary-minutes", Canary.MinutesLimits.Minimum, Canary.MinutesLimits.Maximum, "30");
        var defaults = new Canary(1, TimeSpan.FromMinutes(1));
        var maxErrorRate = arguments.Number("canary-max-error-rate", 0, 1, "0.05") ?? defaults.MaxErrorRate;
        var minInvocations = arguments.Whole("canary-min-invocations", defaults.MinInvocations, 0, int.MaxValue, "20");
        var pollSeconds = arguments.Number("canary-poll-seconds", 0.01, 3600, "60") ?? defaults.PollInterval.TotalSeconds;
        var lifetime = CredentialLifetime(arguments, environment) ?? defaults.CredentialLifetime;
        if (arguments.Problems.Count > reported)
        {
            return null;
        }

        // The engine bounds the canary's figures (a typed refusal naming the figure); this says which switch to fix.
        try
        {
            return Canary.From(percent, minutes) is { } canary
                ? canary with { MaxErrorRate = maxErrorRate, MinInvocations = minInvocations, PollInterval = TimeSpan.FromSeconds(pollSeconds), CredentialLifetime = lifetime }
                : null;
        }
        catch (IntentValueException invalid)
        {
            var (option, alongside, example) = invalid.Field switch
            {
                IntentField.CanaryPercent => ("--canary-percent", " with --canary-minutes", "10"),
                IntentField.CanaryMinutes => ("--canary-minutes", " with --canary-percent", "30"),
                _ => throw new InvalidOperationException($"No switch sets {invalid.Field}.", invalid),
            };
            return arguments.Problem<Canary?>(
                string.Create(CultureInfo.InvariantCulture, $"{option} must be {invalid.Limits}{alongside}, not {invalid.Value?.ToString(CultureInfo.InvariantCulture) ?? "missing"}: e.g. {option} {example}."), null);
        }
    }

    private static TimeSpan? CredentialLifetime(ArgumentReader arguments, IReadOnlyDictionary<string, string?> environment) =>
        EnvironmentSettings.RoleDuration.ReadFrom(environment) is not { } seconds ? null
        : double.TryParse(seconds, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0 ? TimeSpan.FromSeconds(value)
        : arguments.Problem<TimeSpan?>($"{EnvironmentSettings.RoleDuration.Name} must be a number of seconds (the role session's length), not '{seconds}'.", null);

    private static TimeSpan? Seconds(ArgumentReader arguments, string name) =>
        arguments.Number(name, 0, 24 * 3600, "5") is { } seconds ? TimeSpan.FromSeconds(seconds) : null;
}
