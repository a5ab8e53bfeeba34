using System.Text.Json.Nodes;
using Build.Tests.Host;

namespace Build.Tests.Release;

/// <summary>
/// Issue 11's acceptance line: `simulate --fail SERVICE:Operation:1:lost` (the write lands, its answer is lost),
/// the task, then the task again: it converges, and the AWS CLI and the ASK CLI, clients nobody here wrote, see one
/// of everything (versions, aliases, trigger statements, certifications) and the development endpoint where it belongs.
/// </summary>
[NonParallelizable]
public sealed class LostAnswerAcceptanceTests
{
    /// <summary>One write of each task the maintainer runs first, with what the tasks leave behind.</summary>
    private static IEnumerable<TestCaseData> Writes()
    {
        yield return Case("deploy-latest", "lambda:UpdateFunctionCode:1:lost");
        yield return Case("deploy-latest", "smapi:SetInteractionModel:1:lost");
        yield return Case("cut-release", "lambda:PublishVersion:1:lost");
        yield return Case("cut-release", "lambda:CreateAlias:1:lost");
        yield return Case("cut-release", "smapi:SubmitSkillForCertification:1:lost");
    }

    [TestCaseSource(nameof(Writes))]
    public async Task Task_WhoseWriteLandsButLosesItsAnswer_ConvergesWhenRunAgain(string task, string fault)
    {
        AwsCli.RequireInstalled();
        await AskCli.Packages.EnsureInstalledAsync();
        await using var simulate = await SimulateProcess.StartAsync("--fail", fault);
        var environment = simulate.Exports;
        var cut = task == "cut-release";
        if (cut)
        {
            await RunAsync(environment, ["--target", "deploy-latest"]);
        }

        string[] arguments = cut ? ["--target", task, "--tag", "v1.0.0"] : ["--target", task];
        var (_, firstOutput) = await BuildProgram.RunAsync(arguments, BuildProgram.ReleaseEnvironment(environment), TimeSpan.FromMinutes(2));
        await RunAsync(environment, arguments);

        var function = environment["LAMBDA_FUNCTION_NAME"];
        var aws = new AwsCli(environment);
        var versions = await aws.LambdaAsync("list-versions-by-function", "--function-name", function);
        var aliases = await aws.LambdaAsync("list-aliases", "--function-name", function);
        var published = versions.Output!["Versions"]!.AsArray().Count(v => v!["Version"]!.GetValue<string>() != "$LATEST");
        var aliasArns = aliases.Output!["Aliases"]!.AsArray().Select(a => a!["AliasArn"]!.GetValue<string>()).ToList();
        var ask = new AskCli(environment, Directory.CreateTempSubdirectory("ask-home-").FullName);
        var skillId = environment["ALEXA_SKILL_ID"];
        var development = await ask.SmapiAsync("get-skill-manifest", "-s", skillId, "-g", "development");
        var certifications = await ask.SmapiAsync("get-certifications-list", "-s", skillId);
        var context = $"{fault}, {task} twice; first run said:\n{firstOutput}";

        Assert.That(published, Is.EqualTo(cut ? 1 : 0), context);
        Assert.That(aliasArns, Has.Count.EqualTo(cut ? 1 : 0), context);
        Assert.That(JsonNode.Parse(certifications.StandardOutput)!["items"]!.AsArray(), Has.Count.EqualTo(cut ? 1 : 0), context);
        var endpoint = JsonNode.Parse(development.StandardOutput)!["manifest"]!["apis"]!["custom"]!["endpoint"]!["uri"]!.GetValue<string>();
        if (cut)
        {
            var policy = await aws.LambdaAsync("get-policy", "--function-name", function, "--qualifier", aliasArns.Single().Split(':')[^1]);
            Assert.That(endpoint, Is.EqualTo(aliasArns.Single()), context);
            Assert.That(JsonNode.Parse(policy.Output!["Policy"]!.GetValue<string>())!["Statement"]!.AsArray(), Has.Count.EqualTo(1), context);
        }
        else
        {
            Assert.That(endpoint, Does.EndWith(":function:" + function), context);
        }
    }

    private static TestCaseData Case(string task, string fault) => new TestCaseData(task, fault).SetName($"{task} with --fail {fault}, then {task} again");

    private static async Task RunAsync(IReadOnlyDictionary<string, string> environment, string[] arguments)
    {
        var (exitCode, output) = await BuildProgram.RunAsync(arguments, BuildProgram.ReleaseEnvironment(environment), TimeSpan.FromMinutes(2));
        Assert.That(exitCode, Is.EqualTo(0), $"{string.Join(' ', arguments)}:\n{output}");
    }
}
