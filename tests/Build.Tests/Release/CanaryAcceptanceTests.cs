using System.IO.Compression;
using Build.Tests.Host;

namespace Build.Tests.Release;

/// <summary>
/// Issue 12's acceptance with the real build program: `promote --canary-percent 10` against `simulate
/// --canary-error-rate 0.2` rolls back on its own, checked with the AWS CLI. The canary is shortened through
/// promote's own settings (minutes, poll interval, minimum invocations); the 2-minute run is in docs/operations.md.
/// </summary>
[NonParallelizable]
public sealed class CanaryAcceptanceTests
{
    [Test]
    public async Task Promote_AgainstASimulatorWhoseCanariesFail_RollsBackOnItsOwnAndEndsRed()
    {
        // Given: live on blue, then an operator's hotfix on blue (version 2), so that promoting this commit's
        // package (version 1) runs a canary
        AwsCli.RequireInstalled();
        await using var simulate = await SimulateProcess.StartAsync("--certify-after", "1", "--canary-error-rate", "0.2");
        var environment = simulate.Exports;
        var function = environment["LAMBDA_FUNCTION_NAME"];
        await RunAsync(environment, 0, "deploy-latest");
        await RunAsync(environment, 0, "cut-release", "--tag", "v1.0.0");
        await Task.Delay(TimeSpan.FromSeconds(2));
        await RunAsync(environment, 0, "await-certification");
        var aws = new AwsCli(environment);
        var hotfix = Path.Combine(Directory.CreateTempSubdirectory("canary-").FullName, "hotfix.zip");
        using (var zip = ZipFile.Open(hotfix, ZipArchiveMode.Create))
        {
            using var entry = new StreamWriter(zip.CreateEntry("BostonInfo.Skill.dll").Open());
            entry.Write("an operator's hotfix");
        }

        Assert.That((await aws.LambdaAsync("update-function-code", "--function-name", function, "--zip-file", "fileb://" + hotfix)).ExitCode, Is.Zero);
        Assert.That((await aws.LambdaAsync("wait", "function-updated-v2", "--function-name", function)).ExitCode, Is.Zero);
        Assert.That((await aws.LambdaAsync("publish-version", "--function-name", function)).Output!["Version"]!.GetValue<string>(), Is.EqualTo("2"));
        Assert.That((await aws.LambdaAsync("update-alias", "--function-name", function, "--name", "blue", "--function-version", "2")).ExitCode, Is.Zero);

        // When
        var output = await RunAsync(environment, 1, "promote", "--canary-percent", "10", "--canary-minutes", "1", "--canary-poll-seconds", "2", "--canary-min-invocations", "5");

        // Then
        Assert.That(output, Does.Contain("Error: The canary failed: version 1 on alias blue:").And.Contain("so alias blue was moved back to version 2"));
        var alias = await aws.LambdaAsync("get-alias", "--function-name", function, "--name", "blue");
        Assert.That(alias.Output!["FunctionVersion"]!.GetValue<string>(), Is.EqualTo("2"));
        Assert.That(alias.Output!["RoutingConfig"]?["AdditionalVersionWeights"]?.AsObject().Count ?? 0, Is.Zero);
        Assert.That(await simulate.StopAsync(), Is.EqualTo(0), simulate.Output);
    }

    private static async Task<string> RunAsync(IReadOnlyDictionary<string, string> environment, int expectedExitCode, params string[] task)
    {
        var (exitCode, output) = await BuildProgram.RunAsync(["--target", .. task], BuildProgram.ReleaseEnvironment(environment), TimeSpan.FromMinutes(3));
        Assert.That(exitCode, Is.EqualTo(expectedExitCode), $"{string.Join(' ', task)}:\n{output}");
        return output;
    }
}
