using SkillRelease.Configuration;

namespace SkillRelease.Simulator;

/// <summary>
/// How the simulator starts: where it listens, what it is seeded with, and how slow its asynchronous work is. The
/// credentials it accepts are <see cref="Secret"/>s, revealed only where a request is checked against them.
/// </summary>
public sealed record SimulatorOptions
{
    /// <summary>0 picks a free port.</summary>
    public int Port { get; init; }

    /// <summary>
    /// True (simulate --empty): a new account, no function and no skill, until CreateFunction and CreateSkill (as
    /// docs/setup.md creates them). False (the default): the function and the skill exist, with no Alexa trigger anywhere.
    /// </summary>
    public bool Empty { get; init; }

    public string Region { get; init; } = "us-east-1";
    public string AccountId { get; init; } = "123456789012";
    public string FunctionName { get; init; } = "boston-info";
    public string SkillId { get; init; } = "amzn1.ask.skill.00000000-0000-4000-8000-000000000311";
    public string VendorId { get; init; } = "M1SIMULATORVENDOR";

    /// <summary>The only AWS key pair whose signatures the simulated Lambda accepts.</summary>
    public string AccessKeyId { get; init; } = "AKIASIMULATOR000001";
    public Secret SecretAccessKey { get; init; } = new("simulator/secret/access/key/0000000000");

    public string LwaClientId { get; init; } = "amzn1.application-oa2-client.simulator";
    public Secret LwaClientSecret { get; init; } = new("simulator-lwa-client-secret");
    public Secret RefreshToken { get; init; } = new("Atzr|simulator-refresh-token");
    /// <summary>Lifetime of the access tokens LWA issues.</summary>
    public TimeSpan AccessTokenLifetime { get; init; } = TimeSpan.FromHours(1);

    public Secret GitHubToken { get; init; } = new("ghs_simulator000000000000000000000000");
    public string GitHubRepository { get; init; } = "cityofboston/boston-info";

    /// <summary>
    /// Null (the default): <see cref="GitHubToken"/> is an Actions (or fine-grained) token, whose permissions GitHub
    /// does not list. Otherwise it is a classic token with these scopes, sent back in <c>X-OAuth-Scopes</c>.
    /// </summary>
    public IReadOnlyList<string>? GitHubTokenScopes { get; init; }

    /// <summary>The branches the simulated repository has (deployments of other names are refused, as GitHub does).</summary>
    public IReadOnlyCollection<string> GitHubBranches { get; init; } = ["main", "beta"];

    /// <summary>How long a function stays <c>LastUpdateStatus=InProgress</c> after UpdateFunctionCode.</summary>
    public TimeSpan LambdaUpdateDuration { get; init; } = TimeSpan.FromMilliseconds(300);

    /// <summary>How long manifest updates, model builds and validations stay IN_PROGRESS.</summary>
    public TimeSpan SmapiUpdateDuration { get; init; } = TimeSpan.FromMilliseconds(300);

    /// <summary>When a certification ends by itself; null: only when told (<see cref="SkillSimulator.Smapi"/>).</summary>
    public TimeSpan? CertifyAfter { get; init; }

    /// <summary>How a certification that ends by itself ends.</summary>
    public CertificationOutcome CertificationOutcome { get; init; } = CertificationOutcome.Pass;

    /// <summary>How long an injected timeout holds the request before giving up (the client should time out first).</summary>
    public TimeSpan TimeoutFaultDuration { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Added to every answer of every service, like a network round trip (zero: answer at once).</summary>
    public TimeSpan Latency { get; init; } = TimeSpan.Zero;

    /// <summary>
    /// With AUTO_PUBLISHING, how long a certified skill takes to go live: until then the certification reads
    /// SUCCEEDED while the live stage is unchanged ("certified, not yet live").
    /// </summary>
    public TimeSpan PublishAfter { get; init; } = TimeSpan.Zero;
    /// <summary>The share (0–1) of a canary's invocations that fail: the new version of a weighted alias (simulate --canary-error-rate).</summary>
    public double CanaryErrorRate { get; init; }

    /// <summary>The synthetic traffic a weighted alias receives, split between its versions by weight.</summary>
    public double CanaryInvocationsPerMinute { get; init; } = 600;

    public TimeProvider Time { get; init; } = TimeProvider.System;
}
