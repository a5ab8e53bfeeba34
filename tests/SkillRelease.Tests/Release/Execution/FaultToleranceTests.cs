using SkillRelease.Simulator.Faults;

namespace SkillRelease.Tests.Release.Execution;

/// <summary>
/// Faults on every call a release makes: 429 and 500 are retried and the task finishes; a 409 (or a fault on the
/// one call never repeated, the certification submit) stops it with one readable sentence; a timeout may do either
/// (a write that timed out may still have been applied, and its retry then meets the API's guard); in every case a
/// re-run converges on the same end state as a run without faults.
/// </summary>
[Parallelizable(ParallelScope.Children)]
public sealed class FaultToleranceTests
{
    private const string Submit = "smapi:SubmitSkillForCertification";

    private static IEnumerable<TestCaseData> Cases()
    {
        foreach (var scenario in Scenario.All().Where(s => s.Name is "cut-release" or "promote with canary"))
        {
            foreach (var fault in Enum.GetValues<Fault>())
            {
                yield return new TestCaseData(scenario, fault).SetName($"{scenario.Name}: {fault} on each call");
            }
        }
    }

    [TestCaseSource(nameof(Cases))]
    public async Task Task_WithAFaultOnEachOperation_FinishesOrStopsClearlyAndConverges(Scenario scenario, Fault fault)
    {
        var (expected, operations) = await ReferenceAsync(scenario);

        foreach (var operation in operations)
        {
            await using var harness = await EngineHarness.StartAsync(attemptTimeout: fault == Fault.Timeout ? TimeSpan.FromSeconds(1.5) : null);
            await scenario.Arrange(harness);
            harness.Simulator.Faults.FailCall(operation, 1, fault);

            Exception? stopped = null;
            try
            {
                await harness.RunToEndAsync(scenario.Act);
            }
            catch (Exception exception)
            {
                stopped = exception;
            }

            if (fault is Fault.Throttle or Fault.ServerError && operation != Submit)
            {
                Assert.That(stopped, Is.Null, $"{fault} on {operation} should have been retried");
            }
            else if (stopped is not null)
            {
                Assert.That(stopped.Message, Is.Not.Empty.And.Not.Contain("\n"), $"{fault} on {operation}: one readable sentence");
            }

            await harness.RunToEndAsync(scenario.Act);
            Assert.That(await harness.SnapshotAsync(), Is.EqualTo(expected), $"{fault} on {operation}, then a re-run");
        }
    }

    /// <summary>The end state of a run without faults, and the Lambda and SMAPI operations it called.</summary>
    private static async Task<(string Snapshot, IReadOnlyList<string> Operations)> ReferenceAsync(Scenario scenario)
    {
        await using var harness = await EngineHarness.StartAsync();
        await scenario.Arrange(harness);
        var before = harness.Simulator.Faults.CallCounts;
        await harness.RunToEndAsync(scenario.Act);
        var called = harness.Simulator.Faults.CallCounts
            .Where(c => !c.Key.EndsWith(":*", StringComparison.Ordinal) && (c.Key.StartsWith("lambda:", StringComparison.Ordinal) || c.Key.StartsWith("smapi:", StringComparison.Ordinal)))
            .Where(c => c.Value > before.GetValueOrDefault(c.Key))
            .Select(c => c.Key)
            .Order(StringComparer.Ordinal)
            .ToList();
        return (await harness.SnapshotAsync(), called);
    }
}
