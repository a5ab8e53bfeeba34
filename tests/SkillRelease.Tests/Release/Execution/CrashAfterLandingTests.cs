namespace SkillRelease.Tests.Release.Execution;

/// <summary>
/// Invariant 5, the harsh half: the process dies right after the Nth write landed (its answer arrived, nobody acted
/// on it), for every N and every write, GitHub's ledger records included. Running the task again ends where an
/// uninterrupted run ends, with nothing written twice.
/// </summary>
[Parallelizable(ParallelScope.Children)]
public sealed class CrashAfterLandingTests
{
    private static IEnumerable<TestCaseData> Cases() => Scenario.All().Select(s => KnownEngineGaps.Case(KnownEngineGaps.AfterLanding, s));

    [TestCaseSource(nameof(Cases))]
    public async Task Task_RerunAfterACrashOnceEachWriteLanded_ConvergesWithNoDuplicates(Scenario scenario)
    {
        var (expected, writes) = await UninterruptedAsync(scenario);
        Assert.That(writes, Is.GreaterThan(0), "the scenario must write something");

        var failures = new List<string>();
        for (var landed = 1; landed <= writes; landed++)
        {
            await using var harness = await EngineHarness.StartAsync();
            await scenario.Arrange(harness);

            // A crash inside a ledger write is caught as a warning by the step; the next call then finds the process
            // dead. After the last write there may be no next call: the run ends as a crash right at its end would.
            await RunIgnoringTheCrashAsync(harness, scenario, new WriteBudget(landed - 1, CrashPoint.AfterLanding));
            await harness.RunToEndAsync(scenario.Act);

            var actual = await harness.FullSnapshotAsync();
            if (actual != expected)
            {
                failures.Add($"crash after write {landed} of {writes} landed:\n{actual}");
            }
        }

        Assert.That(failures, Is.Empty, $"{scenario.Name}: expected after every re-run:\n{expected}");
    }

    private static async Task RunIgnoringTheCrashAsync(EngineHarness harness, Scenario scenario, WriteBudget budget)
    {
        try
        {
            await harness.RunToEndAsync(scenario.Act, budget);
        }
        catch (SimulatedCrash)
        {
        }
    }

    private static async Task<(string Snapshot, int Writes)> UninterruptedAsync(Scenario scenario)
    {
        await using var harness = await EngineHarness.StartAsync();
        await scenario.Arrange(harness);
        var budget = new WriteBudget(null, CrashPoint.AfterLanding);
        await harness.RunToEndAsync(scenario.Act, budget);
        return (await harness.FullSnapshotAsync(), budget.Used);
    }
}
