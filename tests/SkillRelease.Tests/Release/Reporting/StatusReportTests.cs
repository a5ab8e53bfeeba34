using SkillRelease.Release.Canaries;
using SkillRelease.Release.Reporting;
using SkillRelease.Smapi.Model;
using SkillRelease.Tests.Release.Support;

namespace SkillRelease.Tests.Release.Reporting;

public sealed class StatusReportTests
{
    [Test]
    public void From_NamesRolesEndpointsCertificationAndWhatIsInFlight()
    {
        var state = new StateBuilder().WithVersion("1", "CODE-A").WithVersion("2", "CODE-B")
            .WithAlias("blue", "1", "release=v1.0.0").WithAlias("green", "2", "release=v1.1.0 previous=1")
            .WithLive(StateBuilder.Arn("blue")).WithDevelopment(StateBuilder.Arn("green")).WithCertification(UpdateStatuses.InProgress).Build();

        var text = StatusReport.From(state, StateBuilder.Now).ToText();

        Assert.That(text, Does.Contain("alias blue").And.Contain("version 1 [live]"));
        Assert.That(text, Does.Contain("version 2 [candidate]; release=v1.1.0 previous=1; Alexa trigger ✓"));
        Assert.That(text, Does.Contain("development endpoint  alias green"));
        Assert.That(text, Does.Contain("live endpoint         alias blue"));
        Assert.That(text, Does.Contain("release v1.1.0 in certification"));
    }

    [Test]
    public void From_WhileACanaryRuns_ShowsItsShareStartAndFigures()
    {
        var state = new StateBuilder().WithVersion("1", "CODE-A").WithVersion("2", "CODE-B")
            .WithAlias("blue", "1", "release=v1.0.0 canary=2026-11-26T11:55:00Z", weights: new Dictionary<string, double> { ["2"] = 0.1 })
            .WithLive(StateBuilder.Arn("blue")).Build();

        var text = StatusReport.From(state, StateBuilder.Now, new CanaryFigures("blue", "2", Invocations: 120, Errors: 3)).ToText();

        Assert.That(text, Does.Contain("canary                version 2 takes 10% of alias blue's traffic since 2026-11-26 11:55 UTC; version 2 on alias blue: 3 error(s) in 120 invocation(s) (2.5%)"));
    }

    [Test]
    public void From_WithoutACanary_HasNoCanaryRow()
    {
        var state = new StateBuilder().WithVersion("1", "CODE-A").WithAlias("blue", "1", "release=v1.0.0").WithLive(StateBuilder.Arn("blue")).Build();

        Assert.That(StatusReport.From(state, StateBuilder.Now).Rows.Select(r => r.Item), Does.Not.Contain("canary"));
    }

    [Test]
    public void ToMarkdown_IsATableWithPipesEscaped()
    {
        var state = new StateBuilder().Build();

        var markdown = StatusReport.From(state, StateBuilder.Now).ToMarkdown();

        Assert.That(markdown, Does.StartWith("## Boston Info release status"));
        Assert.That(markdown, Does.Contain("| live endpoint | never published |"));
        Assert.That(markdown, Does.Contain("| in flight | nothing |"));
    }
}
