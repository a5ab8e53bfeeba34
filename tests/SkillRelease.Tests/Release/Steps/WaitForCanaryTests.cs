using Microsoft.Extensions.Time.Testing;
using NSubstitute;
using SkillRelease.CloudWatch.Model;
using SkillRelease.GitHub;
using SkillRelease.Lambda.Model;
using SkillRelease.Release.Planning;
using SkillRelease.Release.Steps;
using SkillRelease.Release.Waiting;
using SkillRelease.Tests.Support;

namespace SkillRelease.Tests.Release.Steps;

/// <summary>The canary is read every poll interval until its end, and moved back as soon as it fails.</summary>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class WaitForCanaryTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 29, 11, 50, 0, TimeSpan.Zero);

    private readonly StepRig _rig = new();

    [Test]
    public void Description_SaysUntilWhenAndWhatFailsIt() =>
        Assert.That(Canary(TimeSpan.FromMinutes(5)).Description, Is.EqualTo(
            "watch the canary on alias blue until 2026-11-29 12:05:00 UTC; move it back to version 6 if 5% or more of at least 20 invocations fail"));

    [Test]
    public async Task Apply_AHealthyCanary_IsReadEachPollIntervalUntilItsEnd_TheLastWaitShortened()
    {
        Figures(invocations: 25, errors: 1);

        var waits = await _rig.Time.RunAsync(_rig.ApplyAsync(Canary(TimeSpan.FromSeconds(150))));

        Assert.That(waits, Is.EqualTo(new[] { TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1), TimeSpan.FromSeconds(30) }));
        Assert.That(StepRig.Sent<GetMetricDataRequest>(_rig.CloudWatch).Select(r => r.StartTime), Is.EqualTo(Enumerable.Repeat(Start, 4)));
        Assert.That(_rig.Logger.Text, Does.Contain("canary: version 8 on alias blue: 1 error(s) in 25 invocation(s)").And.Not.Contain("too few"));
        Assert.That(_rig.Lambda.ReceivedCalls(), Is.Empty);
    }

    [Test]
    public async Task Apply_AnnouncesItsWaitByWhatItWatches_WithTheTimeLeftUntilTheCanaryEnds()
    {
        // Given a canary that ends in 150 s, and a reporter (on a clock of its own) that keeps what the wait says
        Figures(invocations: 25, errors: 0);
        var step = Canary(TimeSpan.FromSeconds(150));
        var progress = new RecordingProgress();
        var context = new StepContext(_rig.Context.Services, _rig.Logger, _rig.Time, new WaitReporter(progress, new FakeTimeProvider(Start), Timeout.InfiniteTimeSpan))
        {
            PublishedVersion = "8",
        };
        context.AliasRevisions["blue"] = "rev-canary";

        // When it is applied
        await _rig.Time.RunAsync(step.ApplyAsync(context, CancellationToken.None));

        // Then the first report names the alias watched and the whole time left, the last says it finished
        var started = progress.Items[0];
        Assert.That((started.What, started.Phase, started.Remaining), Is.EqualTo(("the canary on alias blue", WaitPhase.Started, TimeSpan.FromSeconds(150))));
        Assert.That(progress.Items[^1].Phase, Is.EqualTo(WaitPhase.Finished));
    }

    [Test]
    public async Task Apply_AfterItsEnd_ReadsOnceAndCompletes()
    {
        Figures(invocations: 25, errors: 0);

        var waits = await _rig.Time.RunAsync(_rig.ApplyAsync(Canary(TimeSpan.FromMinutes(-1))));

        Assert.That(waits, Is.Empty);
        Assert.That(StepRig.Sent<GetMetricDataRequest>(_rig.CloudWatch), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Apply_WithTooFewInvocationsToJudge_CompletesWithAWarning()
    {
        Figures(invocations: 19, errors: 19);

        await _rig.Time.RunAsync(_rig.ApplyAsync(Canary(TimeSpan.Zero)));

        Assert.That(_rig.Logger.Lines, Does.Contain("Warning:   the canary saw fewer than 20 invocations, too few to judge; it completes as planned."));
        Assert.That(_rig.Lambda.ReceivedCalls(), Is.Empty);
    }

    [Test]
    public async Task Apply_WithExactlyEnoughInvocations_JudgesThemWithoutAWarning()
    {
        Figures(invocations: 20, errors: 0);

        await _rig.Time.RunAsync(_rig.ApplyAsync(Canary(TimeSpan.Zero)));

        Assert.That(_rig.Logger.Text, Does.Not.Contain("too few to judge"));
    }

    [Test]
    public async Task Apply_AFailingCanary_MovesTheAliasBackRecordsTheFailureAndStopsTheRun()
    {
        _rig.Ledger.IsEnabled.Returns(true);
        Figures(invocations: 40, errors: 2);
        _rig.Lambda.UpdateAliasAsync(default!, default).ReturnsForAnyArgs(new UpdateAliasResponse { RevisionId = "rev-back" });

        var failed = Assert.ThrowsAsync<ReleaseFailedException>(() => _rig.Time.RunAsync(_rig.ApplyAsync(Canary(TimeSpan.FromMinutes(5)))));

        Assert.That(failed!.Message, Is.EqualTo(
            "The canary failed: version 8 on alias blue: 2 error(s) in 40 invocation(s) (5%), at or above the 5% threshold, so alias blue was moved back to version 6 and nothing else changed; fix the code and promote again."));
        var back = StepRig.Sent<UpdateAliasRequest>(_rig.Lambda).Single();
        Assert.That((back.Name, back.FunctionVersion, back.RevisionId), Is.EqualTo(("blue", "6", "rev-canary")));
        await _rig.Ledger.Received(1).RecordDeploymentAsync(
            new DeploymentRecord(DeploymentEnvironments.Live, "abc1234", DeploymentStates.Failure, "canary rolled back: version 8 on alias blue: 2 error(s) in 40 invocation(s) (5%)"),
            Arg.Any<CancellationToken>());
        Assert.That(_rig.Logger.Text, Does.Contain("Warning:   the canary failed (version 8 on alias blue: 2 error(s) in 40 invocation(s) (5%), at or above the 5% threshold): moving alias blue back to version 6"));
    }

    private WaitForCanary Canary(TimeSpan left)
    {
        _rig.Context.PublishedVersion = "8";
        _rig.Context.AliasRevisions["blue"] = "rev-canary";
        var rollBack = new PointAlias("blue", new VersionChoice("6"), "release=v1.3.0", Create: false, RevisionId: null) { AfterOwnMove = true };
        return new WaitForCanary("blue", VersionChoice.JustPublished, Start, _rig.Time.GetUtcNow() + left, new Canary(10, TimeSpan.FromMinutes(10)), rollBack, "abc1234");
    }

    private void Figures(long invocations, long errors) =>
        _rig.CloudWatch.GetMetricDataAsync(default!, default).ReturnsForAnyArgs(new GetMetricDataResponse
        {
            MetricDataResults =
            [
                new MetricDataResult { Id = "invocations", Values = [invocations] },
                new MetricDataResult { Id = "errors", Values = [errors] },
            ],
        });
}
