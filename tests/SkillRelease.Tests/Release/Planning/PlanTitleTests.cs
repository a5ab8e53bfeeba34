using SkillRelease.Release.Packages;
using SkillRelease.Release.Planning;
using SkillRelease.Smapi.Model;
using SkillRelease.Tests.Release.Support;

namespace SkillRelease.Tests.Release.Planning;

/// <summary>A plan is titled by its intent's name, written once on the intent; no planner names the task again.</summary>
public sealed class PlanTitleTests
{
    private static IEnumerable<TestCaseData> Intents()
    {
        yield return new TestCaseData(new DeployLatest(StateBuilder.Code("CODE-N"), StateBuilder.Package("changed")), "deploy-latest");
        yield return new TestCaseData(new CutRelease(ReleaseTag.Parse("v9.0.0"), StateBuilder.Code("CODE-N"), StateBuilder.Package("changed"), PublicationMethods.Auto, StateBuilder.Now), "cut-release");
        yield return new TestCaseData(new AwaitCertification(Publish: false, StateBuilder.Now), "await-certification");
    }

    [TestCaseSource(nameof(Intents))]
    public void Plan_ForAnIntent_IsTitledWithTheIntentsTaskName(ReleaseIntent intent, string taskName)
    {
        // Given: a first release, which every one of these intents plans for without refusing
        var state = new StateBuilder().Build();

        // When
        var plan = ReleasePlanner.Plan(state, intent);

        // Then: the name the task runs under (and the workflows call), kept on the intent
        Assert.That((plan.Title, intent.Name), Is.EqualTo((taskName, taskName)));
    }
}
