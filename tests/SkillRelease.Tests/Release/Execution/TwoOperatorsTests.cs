using SkillRelease.Release.Packages;
using SkillRelease.Release.Planning;
using SkillRelease.Release.State;
using SkillRelease.Release.Steps;
using SkillRelease.Simulator;

namespace SkillRelease.Tests.Release.Execution;

/// <summary>
/// A laptop and a workflow at once: every pair of tasks run concurrently against one simulator. Whatever
/// interleaving the machine produces, the loser fails safe (a guard refuses it, or the plan refuses), the
/// invariants hold, and running the tasks again converges with no duplicate version or submission.
/// </summary>
public sealed class TwoOperatorsTests
{
    private static readonly CodePackage CodeC = CodePackage.FromZip("code C"u8.ToArray(), "ccccccc3333333");

    private static readonly (string Name, ReleaseIntent Intent)[] Tasks =
    [
        ("deploy-latest", new DeployLatest(CodeC, EngineHarness.Skill)),
        ("cut-release", EngineHarness.Cut("v1.1.0", CodeC)),
        ("await-certification", new AwaitCertification(Publish: false, EngineHarness.Now)),
        ("promote", new Promote(CodeC, EngineHarness.Skill, null, EngineHarness.Now)),
        ("rollback", new Rollback()),
    ];

    public static IEnumerable<TestCaseData> Pairs() =>
        from i in Enumerable.Range(0, Tasks.Length)
        from j in Enumerable.Range(i, Tasks.Length - i)
        select new TestCaseData(i, j).SetArgDisplayNames(Tasks[i].Name, Tasks[j].Name);

    [TestCaseSource(nameof(Pairs))]
    public async Task TwoTasksAtOnce_KeepTheInvariantsAndConverge(int first, int second)
    {
        // Given v1.0.0 live on blue, a code-only promote since (blue on version 2, previous 1), new code on $LATEST
        await using var harness = await EngineHarness.StartAsync();
        await Arrange(harness);
        var before = await harness.Engine().ObserveAsync(EngineHarness.Skill.Locales, CancellationToken.None);

        // When two operators run their tasks at the same moment
        var pair = new[] { Tasks[first], Tasks[second] };
        await Task.WhenAll(pair.Select(task => RunSafelyAsync(harness, task.Intent)));

        // Then
        var after = await harness.Engine().ObserveAsync(EngineHarness.Skill.Locales, CancellationToken.None);
        AssertInvariants(before, after, pair.Select(t => t.Intent).ToList());

        // And each task, run again twice in a row, converges: the second run plans no write (promote and rollback
        // undo each other, so convergence is per task, not per pair)
        foreach (var (name, intent) in pair)
        {
            await RunSafelyAsync(harness, intent);
            var plan = await RunSafelyAsync(harness, intent);
            Assert.That(plan?.Steps.Where(s => s.WritesToSkill) ?? [], Is.Empty, $"{name} still plans writes after converging");
        }

        var settled = await harness.Engine().ObserveAsync(EngineHarness.Skill.Locales, CancellationToken.None);
        AssertInvariants(before, settled, pair.Select(t => t.Intent).ToList());
        var submissions = await SimulatedRelease.Services(harness.Simulator, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance, TimeProvider.System)
            .Smapi.Certifications.ListAsync(harness.Settings.SkillId, CancellationToken.None);
        Assert.That(submissions, Has.Count.LessThanOrEqualTo(2), "v1.0.0's review, and at most one for v1.1.0");
    }

    private static async Task Arrange(EngineHarness harness)
    {
        await harness.RunToEndAsync(new DeployLatest(EngineHarness.CodeA, EngineHarness.Skill));
        await harness.RunToEndAsync(EngineHarness.Cut("v1.0.0", EngineHarness.CodeA));
        harness.Simulator.Smapi.CompleteCertification(CertificationOutcome.Pass);
        await harness.RunToEndAsync(new AwaitCertification(Publish: false, EngineHarness.Now));
        await harness.RunToEndAsync(new DeployLatest(EngineHarness.CodeB, EngineHarness.Skill));
        await harness.RunToEndAsync(new Promote(EngineHarness.CodeB, EngineHarness.Skill, null, EngineHarness.Now));
        await harness.RunToEndAsync(new DeployLatest(CodeC, EngineHarness.Skill));
    }

    /// <summary>A run that stops is fine (that is failing safe); what it left behind is what the test judges.</summary>
    private static async Task<Plan?> RunSafelyAsync(EngineHarness harness, ReleaseIntent intent)
    {
        try
        {
            return await harness.RunAsync(intent);
        }
        catch (Exception exception) when (exception is StepFailedException or ReleaseRefusedException or ReleaseFailedException)
        {
            return null;
        }
    }

    private static void AssertInvariants(RemoteState before, RemoteState after, IReadOnlyList<ReleaseIntent> ran)
    {
        // 1. Only promote or rollback moves the live alias.
        var liveMoved = after.LiveAlias?.FunctionVersion != before.LiveAlias?.FunctionVersion || after.LiveAlias?.Name != before.LiveAlias?.Name;
        if (liveMoved)
        {
            Assert.That(ran.Any(i => i is Promote or Rollback), Is.True, "the live alias moved without promote or rollback");
        }

        // 3. Alexa may invoke whatever an endpoint names.
        foreach (var endpoint in new[] { after.Live?.EndpointUri, after.Development.EndpointUri })
        {
            if (after.Aliases.FirstOrDefault(a => a.AliasArn == endpoint) is { } alias)
            {
                Assert.That(alias.AlexaCanInvoke, Is.True, $"an endpoint names alias {alias.Name}, which Alexa may not invoke");
            }
        }

        // 5. No code published twice.
        Assert.That(after.Versions.GroupBy(v => v.CodeSha256).Where(g => g.Count() > 1).Select(g => g.Key), Is.Empty, "a code published as two versions");
    }
}
