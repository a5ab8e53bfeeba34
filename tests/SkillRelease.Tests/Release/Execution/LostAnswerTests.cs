using SkillRelease.Simulator.Faults;

namespace SkillRelease.Tests.Release.Execution;

/// <summary>
/// Applied but not acknowledged: each write a task makes, one call at a time, lands and then loses its answer (the
/// simulator resets the connection). The client retries or the task stops; either way the stop is one sentence that
/// does not blame someone else for our own landed write, and a re-run converges with nothing written twice.
/// </summary>
[Parallelizable(ParallelScope.Children)]
public sealed class LostAnswerTests
{
    /// <summary>Advice that is wrong when the "other change" was our own retried write.</summary>
    private static readonly string[] Misleading = ["Someone else changed it", "Lambda is busy"];

    private static IEnumerable<TestCaseData> Cases() => Scenario.All().Select(s => KnownEngineGaps.Case(KnownEngineGaps.LostAnswer, s));

    [TestCaseSource(nameof(Cases))]
    public async Task Task_WhoseWriteLandsButLosesItsAnswer_StopsTruthfullyAndARerunConverges(Scenario scenario)
    {
        var (expected, writes) = await ReferenceAsync(scenario);
        Assert.That(writes, Is.Not.Empty, "the scenario must write something");

        var failures = new List<string>();
        foreach (var (operation, call) in writes)
        {
            if (KnownEngineGaps.LostAnswerGap(scenario, operation) is { } defect)
            {
                await TestContext.Out.WriteLineAsync($"skipped {operation} call {call}: known engine gap: {defect}");
                continue;
            }

            await using var harness = await EngineHarness.StartAsync();
            await scenario.Arrange(harness);
            harness.Simulator.Faults.FailCall(operation, call, Fault.Lost);

            var stopped = await StopReasonAsync(harness, scenario);
            await harness.RunToEndAsync(scenario.Act);

            var where = $"{operation} call {call} lost";
            if (stopped is not null && (stopped.Contains('\n', StringComparison.Ordinal) || Misleading.Any(m => stopped.Contains(m, StringComparison.Ordinal))))
            {
                failures.Add($"{where}: the stop misleads: {stopped}");
            }

            if (await harness.FullSnapshotAsync() is var actual && actual != expected)
            {
                failures.Add($"{where}, then a re-run:\n{actual}");
            }
        }

        Assert.That(failures, Is.Empty, $"{scenario.Name}: expected after every re-run:\n{expected}");
    }

    private static async Task<string?> StopReasonAsync(EngineHarness harness, Scenario scenario)
    {
        try
        {
            await harness.RunToEndAsync(scenario.Act);
            return null;
        }
        catch (Exception exception) when (exception is not AssertionException)
        {
            return exception.Message;
        }
    }

    /// <summary>The end state of a run without faults, and every write call it made (operation and its call number within the task).</summary>
    private static async Task<(string Snapshot, IReadOnlyList<(string Operation, int Call)> Writes)> ReferenceAsync(Scenario scenario)
    {
        await using var harness = await EngineHarness.StartAsync();
        await scenario.Arrange(harness);
        var before = harness.Simulator.Faults.CallCounts;
        await harness.RunToEndAsync(scenario.Act);
        var after = harness.Simulator.Faults.CallCounts;
        var writes = harness.Simulator.Faults.WriteOperations
            .SelectMany(operation => Enumerable.Range(1, after.GetValueOrDefault(operation) - before.GetValueOrDefault(operation)).Select(call => (operation, call)))
            .ToList();
        return (await harness.FullSnapshotAsync(), writes);
    }
}
