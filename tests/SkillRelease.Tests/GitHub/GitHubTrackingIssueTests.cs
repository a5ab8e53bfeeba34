using Octokit;
using SkillRelease.GitHub;
using SkillRelease.Http;
using SkillRelease.Simulator;
using SkillRelease.Tests.Support;

namespace SkillRelease.Tests.GitHub;

public sealed class GitHubTrackingIssueTests
{
    private const string Label = "city-service-broken";

    private SkillSimulator _simulator = null!;
    private GitHubTrackingIssue _issue = null!;

    [SetUp]
    public async Task StartAsync()
    {
        _simulator = await SkillSimulator.StartAsync(SmapiHarness.FastOptions(), CancellationToken.None);
        _issue = new GitHubTrackingIssue(Options(), Label);
    }

    [TearDown]
    public async Task StopAsync() => await _simulator.DisposeAsync();

    [Test]
    public async Task ReportBroken_ThenAgain_OpensOneIssueAndUpdatesIt()
    {
        var opened = await _issue.ReportBrokenAsync("City services: Voting is broken", "Voting: Invalid URL", CancellationToken.None);
        var updated = await _issue.ReportBrokenAsync("City services: Voting, 311 are broken", "Voting: Invalid URL\n311: HTTP 503", CancellationToken.None);
        var unchanged = await _issue.ReportBrokenAsync("City services: Voting, 311 are broken", "Voting: Invalid URL\n311: HTTP 503", CancellationToken.None);

        var issues = _simulator.GitHub.Inspect(r => r.Issues.Select(i => (i.Title, i.Body, i.State, Labels: string.Join(",", i.Labels))).ToList());
        Assert.Multiple(() =>
        {
            Assert.That(issues, Is.EqualTo(new[] { ("City services: Voting, 311 are broken", "Voting: Invalid URL\n311: HTTP 503", "open", Label) }));
            Assert.That((opened.Action, updated.Action, unchanged.Action), Is.EqualTo((TrackingIssueAction.Opened, TrackingIssueAction.Updated, TrackingIssueAction.None)));
            Assert.That(updated.Url, Is.EqualTo(opened.Url));
            Assert.That(_simulator.Faults.Calls("github:UpdateIssue"), Is.EqualTo(1), "an unchanged report is not written again");
        });
    }

    [Test]
    public async Task ReportFixed_ClosesTheOpenIssue_AndTheNextBreakageOpensANewOne()
    {
        await _issue.ReportBrokenAsync("City services: Voting is broken", "Voting: Invalid URL", CancellationToken.None);

        var closed = await _issue.ReportFixedAsync("Every feature answered again on 2026-11-30.", CancellationToken.None);
        var again = await _issue.ReportFixedAsync("Every feature answered again on 2026-12-01.", CancellationToken.None);
        var reopened = await _issue.ReportBrokenAsync("City services: Trash day is broken", "Trash day: HTTP 500", CancellationToken.None);

        var issues = _simulator.GitHub.Inspect(r => r.Issues.OrderBy(i => i.Number).Select(i => (i.Title, i.Body, i.State)).ToList());
        Assert.Multiple(() =>
        {
            Assert.That(issues, Is.EqualTo(new[]
            {
                ("City services: Voting is broken", "Voting: Invalid URL\n\nEvery feature answered again on 2026-11-30.", "closed"),
                ("City services: Trash day is broken", "Trash day: HTTP 500", "open"),
            }));
            Assert.That((closed.Action, again.Action, reopened.Action), Is.EqualTo((TrackingIssueAction.Closed, TrackingIssueAction.None, TrackingIssueAction.Opened)));
        });
    }

    [Test]
    public async Task ReportBroken_LeavesAnOpenIssueWithoutTheLabelAlone()
    {
        var (owner, name) = (_simulator.Options.GitHubRepository.Split('/')[0], _simulator.Options.GitHubRepository.Split('/')[1]);
        var person = new GitHubClient(new ProductHeaderValue("test"), new Uri(_simulator.ClientEnvironment["GITHUB_API_URL"]))
        {
            Credentials = new Credentials(_simulator.Options.GitHubToken.Reveal()),
        };
        await person.Issue.Create(owner, name, new NewIssue("City services: Voting is broken") { Body = "I can't find my polling place." });

        await _issue.ReportBrokenAsync("City services: Voting is broken", "Voting: Invalid URL", CancellationToken.None);
        await _issue.ReportFixedAsync("Fixed.", CancellationToken.None);

        var issues = _simulator.GitHub.Inspect(r => r.Issues.OrderBy(i => i.Number).Select(i => (i.Body, i.State)).ToList());
        Assert.That(issues, Is.EqualTo(new[] { ("I can't find my polling place.", "open"), ("Voting: Invalid URL\n\nFixed.", "closed") }));
    }

    private GitHubLedgerOptions Options() => new()
    {
        ApiAddress = new Uri(_simulator.ClientEnvironment["GITHUB_API_URL"]),
        Token = _simulator.Options.GitHubToken,
        Repository = _simulator.Options.GitHubRepository,
        RetryPolicy = SmapiHarness.FastRetries,
        Redactor = new SecretRedactor(),
    };
}
