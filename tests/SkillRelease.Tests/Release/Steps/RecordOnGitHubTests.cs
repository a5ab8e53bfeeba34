using NSubstitute;
using SkillRelease.GitHub;
using SkillRelease.Release.Steps;

namespace SkillRelease.Tests.Release.Steps;

/// <summary>The ledger records and never decides: a failure to record is a warning, and a disabled ledger is left alone.</summary>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class RecordOnGitHubTests
{
    private static readonly DeploymentRecord Deployed = new(DeploymentEnvironments.Live, "v1.4.0", DeploymentStates.Success, "live on alias blue");

    private readonly StepRig _rig = new();

    [Test]
    public void Descriptions_SayWhatIsRecorded_AndNoneWritesToTheSkill()
    {
        var steps = new[] { RecordOnGitHub.Deployment(Deployed), RecordOnGitHub.ReleaseNote("v1.4.0", "Boston Info v1.4.0", "notes"), RecordOnGitHub.Issue("Certification of v1.4.0 failed", "feedback") };

        Assert.That(steps.Select(s => s.Description), Is.EqualTo(new[]
        {
            "record on GitHub: deployment of v1.4.0 to alexa-live: success",
            "record on GitHub: release note for v1.4.0",
            "record on GitHub: issue \"Certification of v1.4.0 failed\"",
        }));
        Assert.That(steps.Select(s => s.WritesToSkill), Is.All.False);
    }

    [Test]
    public async Task Apply_EachRecord_ReachesTheLedgerOnce()
    {
        _rig.Ledger.IsEnabled.Returns(true);

        await _rig.ApplyAsync(RecordOnGitHub.Deployment(Deployed));
        await _rig.ApplyAsync(RecordOnGitHub.ReleaseNote("v1.4.0", "Boston Info v1.4.0", "notes"));
        await _rig.ApplyAsync(RecordOnGitHub.Issue("Certification of v1.4.0 failed", "feedback"));

        await _rig.Ledger.Received(1).RecordDeploymentAsync(Deployed, Arg.Any<CancellationToken>());
        await _rig.Ledger.Received(1).PublishReleaseNoteAsync("v1.4.0", "Boston Info v1.4.0", "notes", Arg.Any<CancellationToken>());
        await _rig.Ledger.Received(1).OpenOrUpdateIssueAsync("Certification of v1.4.0 failed", "feedback", Arg.Any<CancellationToken>());
    }

    [Test]
    public async Task Apply_WithTheLedgerDisabled_WritesNothing()
    {
        await _rig.ApplyAsync(RecordOnGitHub.Deployment(Deployed));

        await _rig.Ledger.DidNotReceiveWithAnyArgs().RecordDeploymentAsync(default!, default);
    }

    [Test]
    public async Task Apply_WhenGitHubFails_WarnsAndLetsTheReleaseGoOn()
    {
        _rig.Ledger.IsEnabled.Returns(true);
        _rig.Ledger.RecordDeploymentAsync(default!, default).ReturnsForAnyArgs(Task.FromException(new HttpRequestException("GitHub answered 502")));

        await _rig.ApplyAsync(RecordOnGitHub.Deployment(Deployed));

        Assert.That(_rig.Logger.Lines, Is.EqualTo(new[] { "Warning:   could not record on GitHub (deployment of v1.4.0 to alexa-live: success): GitHub answered 502" }));
    }

    [Test]
    public void Apply_WhenTheRunIsCancelled_StopsInsteadOfWarning()
    {
        _rig.Ledger.IsEnabled.Returns(true);
        _rig.Ledger.RecordDeploymentAsync(default!, default).ReturnsForAnyArgs(Task.FromException(new OperationCanceledException()));

        Assert.ThrowsAsync<OperationCanceledException>(() => _rig.ApplyAsync(RecordOnGitHub.Deployment(Deployed)));
        Assert.That(_rig.Logger.Lines, Is.Empty);
    }
}
