using SkillRelease.GitHub;
using SkillRelease.Release.Planning;
using SkillRelease.Release.Steps;
using SkillRelease.Simulator;

namespace SkillRelease.Tests.Release.Execution;

/// <summary>
/// promote --canary-percent against the simulator, whose CloudWatch counts a weighted alias's synthetic traffic:
/// a failing canary rolls back on its own, a healthy one completes, and an operator's rollback during the wait is
/// kept. The alias is checked with the AWS CLI as well as through our own client.
/// </summary>
public sealed class CanaryTests
{
    private static readonly string[] GetBlue = ["get-alias", "--function-name", "boston-info", "--name", "blue"];

    [Test]
    public async Task Promote_WhenTheCanaryFails_MovesTheAliasBackRecordsItAndEndsRed()
    {
        // Given: live on version 1, and a simulator whose canaries fail a fifth of their invocations
        await using var harness = await StartAsync(errorRate: 0.2);
        await Scenario.Live()(harness);

        // When
        var failure = Assert.ThrowsAsync<ReleaseFailedException>(() => harness.RunAsync(Promote(TimeSpan.FromSeconds(30))));

        // Then: back on version 1 as it was, red with one sentence, and a failed deployment on GitHub
        Assert.That(failure!.Message, Does.StartWith("The canary failed: version 2 on alias blue:").And.Contain("at or above the 5% threshold").And.Contain("moved back to version 1"));
        var alias = await AliasWithTheAwsCliAsync(harness);
        Assert.That((alias["FunctionVersion"]?.GetValue<string>(), Weights(alias)), Is.EqualTo(("1", 0)));
        Assert.That(alias["Description"]?.GetValue<string>(), Does.Not.Contain("canary=").And.Not.Contain("previous=1"));
        var states = harness.Simulator.GitHub.Inspect(r => r.Deployments.Where(d => d.Environment == DeploymentEnvironments.Live && d.Ref == EngineHarness.CodeB.Commit).SelectMany(d => d.Statuses).Select(s => s.State).ToList());
        Assert.That(states, Does.Contain(DeploymentStates.Failure));
        Assert.That(states, Does.Not.Contain(DeploymentStates.Success));
    }

    [Test]
    public async Task Promote_WhenTheCanaryIsHealthy_CompletesAsBefore()
    {
        // Given
        await using var harness = await StartAsync(errorRate: 0);
        await Scenario.Live()(harness);

        // When
        await harness.RunAsync(Promote(TimeSpan.FromSeconds(1)));

        // Then
        var alias = await AliasWithTheAwsCliAsync(harness);
        Assert.That((alias["FunctionVersion"]?.GetValue<string>(), Weights(alias)), Is.EqualTo(("2", 0)));
        Assert.That(alias["Description"]?.GetValue<string>(), Is.EqualTo("release=v1.0.0 previous=1"));
    }

    [Test]
    public async Task Promote_WhenAnOperatorRollsBackDuringTheCanary_KeepsTheRollbackAndSaysSo()
    {
        // Given: a canary under way
        await using var harness = await StartAsync(errorRate: 0);
        await Scenario.Live()(harness);
        var promote = harness.RunAsync(Promote(TimeSpan.FromSeconds(3)));
        await UntilAsync(() => harness.Simulator.Lambda.Snapshot().Aliases["blue"].AdditionalVersionWeights is { Count: > 0 }, promote);

        // When: an operator rolls back while it waits
        await harness.RunAsync(new Rollback());

        // Then: promote stops when the wait ends, and the rollback stands
        var error = Assert.ThrowsAsync<StepFailedException>(() => promote);
        Assert.That(error!.Message, Does.Contain("Alias blue was changed by someone else while this run waited").And.Contain("without moving it to version 2"));
        var alias = await AliasWithTheAwsCliAsync(harness);
        Assert.That((alias["FunctionVersion"]?.GetValue<string>(), Weights(alias)), Is.EqualTo(("1", 0)));
        Assert.That(alias["Description"]?.GetValue<string>(), Does.Contain("rolled-back-from=2"));
    }

    private static Promote Promote(TimeSpan duration) => new(
        EngineHarness.CodeB,
        EngineHarness.Skill,
        new Canary(10, duration) { PollInterval = TimeSpan.FromMilliseconds(200) },
        DateTimeOffset.UtcNow);

    /// <summary>The harness's fast simulator, with 1,000 synthetic invocations a second on a weighted alias (100 on a 10% canary).</summary>
    private static Task<EngineHarness> StartAsync(double errorRate) => EngineHarness.StartAsync(new SimulatorOptions
    {
        LambdaUpdateDuration = TimeSpan.FromMilliseconds(20),
        SmapiUpdateDuration = TimeSpan.FromMilliseconds(20),
        TimeoutFaultDuration = TimeSpan.FromSeconds(5),
        CanaryErrorRate = errorRate,
        CanaryInvocationsPerMinute = 60_000,
    });

    private static async Task<System.Text.Json.Nodes.JsonNode> AliasWithTheAwsCliAsync(EngineHarness harness)
    {
        AwsCli.RequireInstalled();
        var (exitCode, output, errors) = await new AwsCli(harness.Simulator.ClientEnvironment).LambdaAsync(GetBlue);
        Assert.That(exitCode, Is.Zero, errors);
        return output!;
    }

    private static int Weights(System.Text.Json.Nodes.JsonNode alias) =>
        (alias["RoutingConfig"]?["AdditionalVersionWeights"] as System.Text.Json.Nodes.JsonObject)?.Count ?? 0;

    private static async Task UntilAsync(Func<bool> condition, Task running)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!condition())
        {
            if (running.IsCompleted || DateTime.UtcNow > deadline)
            {
                await running;
                Assert.Fail("The canary never started.");
            }

            await Task.Delay(20);
        }
    }
}
