using Octokit;
using SkillRelease.Configuration;
using SkillRelease.GitHub;
using SkillRelease.Http;
using SkillRelease.Simulator;
using SkillRelease.Tests.Support;

namespace SkillRelease.Tests.GitHub;

public sealed class GitHubReleaseLedgerTests
{
    private SkillSimulator _simulator = null!;
    private CapturingLogger _log = null!;
    private GitHubReleaseLedger _ledger = null!;

    [SetUp]
    public async Task StartAsync()
    {
        _simulator = await SkillSimulator.StartAsync(SmapiHarness.FastOptions(), CancellationToken.None);
        _log = new CapturingLogger();
        _ledger = new GitHubReleaseLedger(Options(_simulator.Options.GitHubToken));
    }

    [TearDown]
    public async Task StopAsync() => await _simulator.DisposeAsync();

    [Test]
    public async Task RecordDeployment_Twice_MakesOneDeploymentWithOneStatusPerState()
    {
        var started = new DeploymentRecord(DeploymentEnvironments.Certification, "v1.2.3", DeploymentStates.InProgress, "Submitted for certification");
        var passed = started with { State = DeploymentStates.Success, Description = "Certified and live" };

        await _ledger.RecordDeploymentAsync(started, CancellationToken.None);
        await _ledger.RecordDeploymentAsync(started, CancellationToken.None);
        await _ledger.RecordDeploymentAsync(passed, CancellationToken.None);
        await _ledger.RecordDeploymentAsync(passed, CancellationToken.None);
        await _ledger.RecordDeploymentAsync(started with { Environment = DeploymentEnvironments.Live }, CancellationToken.None);

        var deployments = _simulator.GitHub.Inspect(r => r.Deployments.Select(d => (d.Environment, d.Ref, States: string.Join(",", d.Statuses.Select(s => s.State)))).ToList());
        Assert.That(deployments, Is.EqualTo(new[]
        {
            (DeploymentEnvironments.Certification, "v1.2.3", "in_progress,success"),
            (DeploymentEnvironments.Live, "v1.2.3", "in_progress"),
        }));
    }

    [Test]
    public async Task PublishReleaseNote_Twice_CreatesThenUpdatesOneRelease()
    {
        await _ledger.PublishReleaseNoteAsync("v1.2.3", "Boston Info 1.2.3", "Submitted.", CancellationToken.None);
        await _ledger.PublishReleaseNoteAsync("v1.2.3", "Boston Info 1.2.3", "Certified and live.", CancellationToken.None);
        await _ledger.PublishReleaseNoteAsync("v1.2.3", "Boston Info 1.2.3", "Certified and live.", CancellationToken.None);

        var releases = _simulator.GitHub.Inspect(r => r.Releases.Select(x => (x.TagName, x.Body)).ToList());
        Assert.That(releases, Is.EqualTo(new[] { ("v1.2.3", "Certified and live.") }));
        Assert.That(_simulator.Faults.Calls("github:UpdateRelease"), Is.EqualTo(1), "an unchanged note is not written again");
    }

    [Test]
    public async Task OpenOrUpdateIssue_Twice_KeepsOneIssueAndReopensIt()
    {
        var url = await _ledger.OpenOrUpdateIssueAsync("Certification failed: v1.2.3", "First feedback.", CancellationToken.None);
        var number = _simulator.GitHub.Inspect(r => r.Issues.Single().Number);
        await CloseIssueAsync(number);

        var again = await _ledger.OpenOrUpdateIssueAsync("Certification failed: v1.2.3", "Second feedback.", CancellationToken.None);
        await _ledger.OpenOrUpdateIssueAsync("Certification failed: v1.2.4", "Another release.", CancellationToken.None);

        var issues = _simulator.GitHub.Inspect(r => r.Issues.Select(i => (i.Title, i.Body, i.State)).ToList());
        Assert.That(issues, Is.EqualTo(new[]
        {
            ("Certification failed: v1.2.3", "Second feedback.", "open"),
            ("Certification failed: v1.2.4", "Another release.", "open"),
        }));
        Assert.That(again, Is.EqualTo(url).And.EndWith("/issues/" + number));
        Assert.That(_simulator.GitHub.Inspect(r => r.Issues[0].Labels), Is.EqualTo(new[] { GitHubReleaseLedger.IssueLabel }));
    }

    [Test]
    public async Task OpenOrUpdateIssue_IgnoresAnIssueWithTheSameTitleThatThePipelineDidNotOpen()
    {
        var client = OctokitClient();
        await client.Issue.Create(_simulator.Options.GitHubRepository.Split('/')[0], _simulator.Options.GitHubRepository.Split('/')[1], new NewIssue("Certification failed: v1.2.3"));

        await _ledger.OpenOrUpdateIssueAsync("Certification failed: v1.2.3", "Feedback.", CancellationToken.None);

        Assert.That(_simulator.GitHub.Inspect(r => r.Issues.Count), Is.EqualTo(2));
    }

    [Test]
    public void AWrongToken_FailsWithGitHubsWords()
    {
        var ledger = new GitHubReleaseLedger(Options(new Secret("ghs_wrong_token_000000000000")));

        var error = Assert.ThrowsAsync<AuthorizationException>(() => ledger.PublishReleaseNoteAsync("v1", "v1", "", CancellationToken.None));

        Assert.That(error!.Message, Does.Contain("Bad credentials"));
    }

    [Test]
    public async Task TraceLogs_NeverShowTheGitHubToken()
    {
        await _ledger.RecordDeploymentAsync(new DeploymentRecord(DeploymentEnvironments.Live, "v1.0.0", DeploymentStates.Success, "Live"), CancellationToken.None);
        await _ledger.OpenOrUpdateIssueAsync("Certification failed: v1.0.0", "Feedback.", CancellationToken.None);

        Assert.That(_log.Text, Does.Contain("/deployments").And.Contain("Trace:"));
        Assert.That(_log.Text, Does.Not.Contain(_simulator.Options.GitHubToken.Reveal()));
    }

    [Test]
    public void Create_WithoutAToken_GivesTheDisabledLedgerAndSaysSoOnce()
    {
        var log = new CapturingLogger();

        var ledger = ReleaseLedgers.Create(null, log);

        Assert.That(ledger.IsEnabled, Is.False);
        Assert.That(log.Lines, Is.EqualTo(new[] { "Information: " + DisabledReleaseLedger.Notice }));
    }

    private GitHubLedgerOptions Options(Secret token) => new()
    {
        ApiAddress = new Uri(_simulator.ClientEnvironment["GITHUB_API_URL"]),
        Token = token,
        Repository = _simulator.Options.GitHubRepository,
        RetryPolicy = SmapiHarness.FastRetries,
        Logger = _log,
        Redactor = new SecretRedactor(),
    };

    private GitHubClient OctokitClient() =>
        new(new ProductHeaderValue("test"), new Uri(_simulator.ClientEnvironment["GITHUB_API_URL"])) { Credentials = new Credentials(_simulator.Options.GitHubToken.Reveal()) };

    private async Task CloseIssueAsync(int number)
    {
        var (owner, name) = (_simulator.Options.GitHubRepository.Split('/')[0], _simulator.Options.GitHubRepository.Split('/')[1]);
        await OctokitClient().Issue.Update(owner, name, number, new IssueUpdate { State = ItemState.Closed });
    }
}
