using System.Text.Json.Nodes;
using Build.Tests.Host;

namespace Build.Tests.Release;

/// <summary>
/// The release tasks as a maintainer runs them: the real build program against `simulate`, checked afterwards with
/// the AWS CLI and the ASK CLI, clients nobody here wrote.
/// </summary>
[NonParallelizable]
public sealed class ReleaseAcceptanceTests
{
    [Test]
    public async Task Rehearse_RunsTheWholeLifeCycleNarratedAndPasses()
    {
        var (exitCode, output) = await BuildProgram.RunAsync("--target", "rehearse");

        Assert.That(exitCode, Is.EqualTo(0), output);
        Assert.That(output, Does.Contain("replaces the runbook's: Lambda console → Add trigger → Alexa Skills Kit"));
        Assert.That(output, Does.Contain("Certification of v1.1.0 failed"));
        Assert.That(output, Does.Contain("Rehearsal passed"));
    }

    [Test]
    public async Task DeployCutAndAwait_AgainstSimulate_LeaveTheReleaseAsTheAwsAndAskClisSeeIt()
    {
        AwsCli.RequireInstalled();
        await AskCli.Packages.EnsureInstalledAsync();
        // The throttled publish is retried by the pipeline, as it would be against real Lambda.
        await using var simulate = await SimulateProcess.StartAsync("--certify-after", "1", "--fail", "lambda:PublishVersion:1:429");
        Assert.That(simulate.Output, Does.Contain("Fault planned: call 1 of lambda:PublishVersion → Throttle."));
        var environment = simulate.Exports;
        var skillId = environment["ALEXA_SKILL_ID"];
        var function = environment["LAMBDA_FUNCTION_NAME"];
        Assert.That(environment.Keys, Is.SupersetOf(new[] { "AWS_ENDPOINT_URL_LAMBDA", "ASK_LWA_CLIENT_CONFIRMATION", "ASK_SMAPI_SERVER_BASE_URL", "GITHUB_API_URL" }));

        await RunTaskAsync(environment, "deploy-latest");
        await RunTaskAsync(environment, "cut-release", "--tag", "v1.0.0");
        await Task.Delay(TimeSpan.FromSeconds(2));
        await RunTaskAsync(environment, "await-certification");

        var aws = new AwsCli(environment);
        var alias = await aws.LambdaAsync("get-alias", "--function-name", function, "--name", "blue");
        var versions = await aws.LambdaAsync("list-versions-by-function", "--function-name", function);
        var policy = await aws.LambdaAsync("get-policy", "--function-name", function, "--qualifier", "blue");
        Assert.That(alias.ExitCode, Is.EqualTo(0), alias.Errors);
        var newest = versions.Output!["Versions"]!.AsArray().Select(v => v!["Version"]!.GetValue<string>()).Where(v => v != "$LATEST").Max(int.Parse);
        Assert.That(alias.Output!["FunctionVersion"]!.GetValue<string>(), Is.EqualTo(newest.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var statement = JsonNode.Parse(policy.Output!["Policy"]!.GetValue<string>())!["Statement"]!.AsArray().Single()!;
        Assert.That(statement["Principal"]!["Service"]!.GetValue<string>(), Is.EqualTo("alexa-appkit.amazon.com"));
        Assert.That(statement["Condition"]!["StringEquals"]!["lambda:EventSourceToken"]!.GetValue<string>(), Is.EqualTo(skillId));

        var home = Directory.CreateTempSubdirectory("ask-home-").FullName;
        var ask = new AskCli(environment, home);
        var live = await ask.SmapiAsync("get-skill-manifest", "-s", skillId, "-g", "live");
        var development = await ask.SmapiAsync("get-skill-manifest", "-s", skillId, "-g", "development");
        Assert.That(live.ExitCode, Is.EqualTo(0), live.StandardError);
        Assert.That(Endpoint(live.StandardOutput), Is.EqualTo(alias.Output!["AliasArn"]!.GetValue<string>()));
        Assert.That(Endpoint(development.StandardOutput), Is.EqualTo(alias.Output!["AliasArn"]!.GetValue<string>()[..^":blue".Length]));

        Assert.That(await simulate.StopAsync(), Is.EqualTo(0), simulate.Output);
        Assert.That(simulate.Output, Does.Contain("Stopped."));
    }

    private static async Task RunTaskAsync(IReadOnlyDictionary<string, string> environment, params string[] task)
    {
        var (exitCode, output) = await BuildProgram.RunAsync(["--target", .. task], BuildProgram.ReleaseEnvironment(environment), TimeSpan.FromMinutes(2));
        Assert.That(exitCode, Is.EqualTo(0), $"{string.Join(' ', task)}:\n{output}");
    }

    private static string Endpoint(string manifestJson) =>
        JsonNode.Parse(manifestJson)!["manifest"]!["apis"]!["custom"]!["endpoint"]!["uri"]!.GetValue<string>();
}
