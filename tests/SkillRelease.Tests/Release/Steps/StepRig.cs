using NSubstitute;
using NSubstitute.Core;
using SkillRelease.CloudWatch;
using SkillRelease.GitHub;
using SkillRelease.Lambda;
using SkillRelease.Release;
using SkillRelease.Release.Configuration;
using SkillRelease.Release.Steps;
using SkillRelease.Smapi;

namespace SkillRelease.Tests.Release.Steps;

/// <summary>
/// One step's world: the clients substituted, answering and refusing the way the real ones do (the exceptions come
/// from <see cref="Refusals"/>), a log that keeps every line and a clock the test moves. The engine suites run the
/// steps against the simulator end to end; these pin each step's own decisions, and run in milliseconds so that
/// mutation testing can afford to run them once per mutant.
/// </summary>
internal sealed class StepRig
{
    public const string FunctionName = "boston-info";

    public const string SkillId = "amzn1.ask.skill.00000000-0000-0000-0000-000000000001";

    public StepRig()
    {
        // Read as a run reads them, so the test names settings by their documented names only.
        var settings = ReleaseSettings.FromEnvironment(new Dictionary<string, string?>
        {
            ["ALEXA_SKILL_ID"] = SkillId,
            ["LAMBDA_FUNCTION_NAME"] = FunctionName,
            ["AWS_REGION"] = "us-east-1",
            ["ASK_VENDOR_ID"] = "M1VENDOR",
            ["ASK_LWA_CLIENT_ID"] = "amzn1.application-oa2-client.test",
            ["ASK_LWA_CLIENT_SECRET"] = "client-secret",
            ["ASK_REFRESH_TOKEN"] = "Atzr|refresh",
        });
        Context = new StepContext(new ReleaseServices(Lambda, Smapi, Ledger, settings) { CloudWatch = CloudWatch }, Logger, Time);
    }

    public ILambdaClient Lambda { get; } = Substitute.For<ILambdaClient>();

    /// <summary>Its resource clients (Manifest, Rollbacks, …) are substitutes too, the same one at each read.</summary>
    public ISmapiClient Smapi { get; } = Substitute.For<ISmapiClient>();

    public IReleaseLedger Ledger { get; } = Substitute.For<IReleaseLedger>();

    public ICloudWatchClient CloudWatch { get; } = Substitute.For<ICloudWatchClient>();

    public CapturingLogger Logger { get; } = new();

    public StepClock Time { get; } = new();

    public StepContext Context { get; }

    public Task ApplyAsync(Step step) => step.ApplyAsync(Context, CancellationToken.None);

    /// <summary>Every argument of type <typeparamref name="T"/> the substitute was called with, in call order.</summary>
    public static IReadOnlyList<T> Sent<T>(object substitute) =>
        substitute.ReceivedCalls().SelectMany(call => call.GetArguments()).OfType<T>().ToList();

    /// <summary>The names of the methods the substitute was called with, in call order.</summary>
    public static IReadOnlyList<string> Calls(object substitute) =>
        substitute.ReceivedCalls().Select(call => call.GetMethodInfo().Name).ToList();
}
