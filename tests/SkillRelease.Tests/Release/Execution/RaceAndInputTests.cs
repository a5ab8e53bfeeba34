using SkillRelease.Release.Planning;
using SkillRelease.Release.State;

namespace SkillRelease.Tests.Release.Execution;

public sealed class RaceAndInputTests
{
    [Test]
    public async Task CutRelease_TwoRunsAtOnce_OneWinsTheOtherFailsSafeAndNothingInterleaves()
    {
        await using var harness = await EngineHarness.StartAsync();
        await harness.RunToEndAsync(new DeployLatest(EngineHarness.CodeA, EngineHarness.Skill));

        var runs = new[] { EngineHarness.Cut("v1.0.0", EngineHarness.CodeA), EngineHarness.Cut("v2.0.0", EngineHarness.CodeA) }
            .Select(async intent =>
            {
                try
                {
                    await harness.RunAsync(intent);
                    return (Tag: ((CutRelease)intent).Tag.Value, Won: true);
                }
                catch (Exception)
                {
                    return (Tag: ((CutRelease)intent).Tag.Value, Won: false);
                }
            })
            .ToList();
        var results = await Task.WhenAll(runs);

        Assert.That(results.Count(r => r.Won), Is.EqualTo(1), string.Join(", ", results));
        var winner = results.Single(r => r.Won).Tag;
        var state = await harness.Engine().ObserveAsync(EngineHarness.Skill.Locales, CancellationToken.None);
        Assert.That(state.DevelopmentAlias?.Description.Release, Is.EqualTo(winner));
        Assert.That(state.CertificationInProgress, Is.True);
        Assert.That(await harness.SnapshotAsync(), Does.Contain("certifications IN_PROGRESS\n").Or.EndWith("certifications IN_PROGRESS"));
    }

    [Test]
    public async Task AnyTask_WithASkillIdThatDoesNotExist_SaysSoAndWritesNothing()
    {
        await using var harness = await EngineHarness.StartAsync();
        var budget = new WriteBudget(null);
        var engine = harness.Engine(budget, harness.Settings with { SkillId = "amzn1.ask.skill.does-not-exist" });

        var error = Assert.ThrowsAsync<RemoteStateException>(() => engine.RunAsync(new DeployLatest(EngineHarness.CodeA, EngineHarness.Skill), false, CancellationToken.None));

        Assert.That(error!.Message, Does.Contain("amzn1.ask.skill.does-not-exist").And.Contain("check ALEXA_SKILL_ID"));
        Assert.That(budget.Used, Is.Zero);
    }

    [Test]
    public async Task AnyTask_WithAFunctionThatDoesNotExist_SaysSoAndWritesNothing()
    {
        await using var harness = await EngineHarness.StartAsync();
        var budget = new WriteBudget(null);
        var engine = harness.Engine(budget, harness.Settings with { FunctionName = "no-such-function" });

        var error = Assert.ThrowsAsync<RemoteStateException>(() => engine.RunAsync(new Rollback(), false, CancellationToken.None));

        Assert.That(error!.Message, Does.Contain("no-such-function does not exist"));
        Assert.That(budget.Used, Is.Zero);
    }

    [Test]
    public async Task DryRun_PrintsThePlanAndWritesNothing()
    {
        await using var harness = await EngineHarness.StartAsync();
        var budget = new WriteBudget(null);

        var plan = await harness.Engine(budget).RunAsync(new DeployLatest(EngineHarness.CodeA, EngineHarness.Skill), dryRun: true, CancellationToken.None);

        Assert.That(plan.Steps, Is.Not.Empty);
        Assert.That(budget.Used, Is.Zero);
    }
}
