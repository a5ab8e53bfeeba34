namespace SkillRelease.Tests.Release.Execution;

/// <summary>Invariant 5: stop the process after the Nth remote write, for every N; running the task again ends where an uninterrupted run ends.</summary>
[Parallelizable(ParallelScope.Children)]
public sealed class CrashRecoveryTests
{
    private static IEnumerable<Scenario> Scenarios() => Scenario.All();

    [TestCaseSource(nameof(Scenarios))]
    public async Task Task_RerunAfterACrashAtEveryWrite_ConvergesWithNoDuplicates(Scenario scenario)
    {
        var (expected, writes) = await UninterruptedAsync(scenario);
        Assert.That(writes, Is.GreaterThan(0), "the scenario must write something");

        // Up to and including "every write went through": a plain re-run of a finished task must change nothing either.
        for (var allowed = 0; allowed <= writes; allowed++)
        {
            await using var harness = await EngineHarness.StartAsync();
            await scenario.Arrange(harness);

            var firstRun = harness.RunToEndAsync(scenario.Act, new WriteBudget(allowed));
            if (allowed < writes)
            {
                Assert.That(async () => await firstRun, Throws.TypeOf<SimulatedCrash>(), $"crash after {allowed} write(s)");
            }
            else
            {
                await firstRun;
            }

            await harness.RunToEndAsync(scenario.Act);

            Assert.That(await harness.SnapshotAsync(), Is.EqualTo(expected), $"{scenario.Name}, re-run after a crash after {allowed} of {writes} write(s)");
        }
    }

    private static async Task<(string Snapshot, int Writes)> UninterruptedAsync(Scenario scenario)
    {
        await using var harness = await EngineHarness.StartAsync();
        await scenario.Arrange(harness);
        var budget = new WriteBudget(null);
        await harness.RunToEndAsync(scenario.Act, budget);
        return (await harness.SnapshotAsync(), budget.Used);
    }
}
