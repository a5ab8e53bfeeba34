using SkillRelease.Release.Planning;
using SkillRelease.Release.Steps;
using SkillRelease.Smapi.Model;
using SkillRelease.Tests.Release.Support;

namespace SkillRelease.Tests.Release.Planning;

/// <summary>A fresh account: the function has no Alexa trigger, and SMAPI refuses an endpoint on it until it has one.</summary>
public sealed class FreshFunctionPlanningTests
{
    [Test]
    public void DeployLatest_OnAFunctionWithoutTrigger_GrantsItBeforeTheManifestNamesTheFunction()
    {
        var state = new StateBuilder().WithoutFunctionTrigger().Build();
        var renamed = StateBuilder.Package();
        renamed.Manifest["manifest"]!["publishingInformation"]!["locales"]!["en-US"]!["name"] = "Boston Info (beta)";

        var plan = ReleasePlanner.Plan(state, new DeployLatest(StateBuilder.Code(), renamed));

        var steps = plan.Steps.Select(s => s.GetType()).ToList();
        Assert.That(steps, Does.Contain(typeof(GrantAlexaTriggerOnFunction)));
        Assert.That(steps.IndexOf(typeof(GrantAlexaTriggerOnFunction)), Is.LessThan(steps.IndexOf(typeof(UpdateDevelopmentManifest))));
        Assert.That(plan.Steps.OfType<GrantAlexaTriggerOnFunction>().Single().PolicyRevisionId, Is.Null);
    }

    [Test]
    public void DeployLatest_WhenOnlyTheModelChanges_GrantsNothing()
    {
        var state = new StateBuilder().WithoutFunctionTrigger().Build();

        var plan = ReleasePlanner.Plan(state, new DeployLatest(StateBuilder.Code(), StateBuilder.Package("city of boston")));

        Assert.That(plan.Steps.OfType<GrantAlexaTriggerOnFunction>(), Is.Empty);
    }

    [Test]
    public void AwaitCertification_PointingDevelopmentBackAtAFunctionWithoutTrigger_GrantsItFirst()
    {
        var state = new StateBuilder().WithoutFunctionTrigger().WithVersion("1", "CODE-A").WithAlias("blue", "1", "release=v1.0.0")
            .WithDevelopment(StateBuilder.Arn("blue")).WithCertification(UpdateStatuses.Failed, "no").Build();

        var plan = ReleasePlanner.Plan(state, new AwaitCertification(false, StateBuilder.Now));

        var steps = plan.Steps.Select(s => s.GetType()).ToList();
        Assert.That(steps.IndexOf(typeof(GrantAlexaTriggerOnFunction)), Is.GreaterThanOrEqualTo(0).And.LessThan(steps.IndexOf(typeof(UpdateDevelopmentManifest))));
    }
}
