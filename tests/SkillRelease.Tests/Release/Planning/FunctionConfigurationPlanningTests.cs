using SkillRelease.Lambda.Model;
using SkillRelease.Release.Function;
using SkillRelease.Release.Packages;
using SkillRelease.Release.Planning;
using SkillRelease.Release.State;
using SkillRelease.Release.Steps;
using SkillRelease.Smapi.Model;
using SkillRelease.Tests.Release.Function;
using SkillRelease.Tests.Release.Support;

namespace SkillRelease.Tests.Release.Planning;

/// <summary>The declared configuration (function.json) on $LATEST before the code, and carried by the versions a release publishes.</summary>
public sealed class FunctionConfigurationPlanningTests
{
    private static readonly FunctionDefinition Declared = FunctionDefinition.Parse(FunctionDefinitionTests.Json(), "function.json", new Dictionary<string, string> { ["ALEXA_SKILL_ID"] = StateBuilder.SkillId });

    private static CodePackage Code(string sha = "CODE-A") => StateBuilder.Code(sha) with { Definition = Declared };

    private static RemoteState WithLatest(RemoteState state, Func<FunctionConfiguration, FunctionConfiguration> change) =>
        state with { Latest = change(state.Latest with { Runtime = "dotnet10", Handler = Declared.Handler, MemorySize = 512, Timeout = 10, Architectures = ["x86_64"], Environment = new FunctionEnvironment { Variables = Declared.Variables } }) };

    [Test]
    public void DeployLatest_WhenTheConsoleChangedTheMemory_ConfiguresLatestBeforeUploadingGuardedByItsRevision()
    {
        var state = WithLatest(new StateBuilder().WithLatest("OLD").Build(), latest => latest with { MemorySize = 1024 });

        var plan = ReleasePlanner.Plan(state, new DeployLatest(Code("NEW"), StateBuilder.Package()));

        Assert.That(plan.Steps.Where(s => s is not RecordOnGitHub).Select(s => s.GetType()),
            Is.EqualTo(new[] { typeof(UpdateFunctionConfiguration), typeof(WaitForCodeUpdate), typeof(UploadCode), typeof(WaitForCodeUpdate) }));
        var configure = plan.Steps.OfType<UpdateFunctionConfiguration>().Single();
        Assert.That(configure.RevisionId, Is.EqualTo("latest-rev"));
        Assert.That(configure.Description, Does.Contain("memory 1024 MB → 512 MB"));
    }

    [Test]
    public void DeployLatest_WhenLatestIsAsDeclared_PlansNoConfiguration()
    {
        var state = WithLatest(new StateBuilder().Build(), latest => latest);

        var plan = ReleasePlanner.Plan(state, new DeployLatest(Code(), StateBuilder.Package()));

        Assert.That(plan.IsEmpty, Is.True);
    }

    [Test]
    public void DeployLatest_OnAnotherArchitecture_UploadsTheSameCodeAgainSinceOnlyAnUploadChangesIt()
    {
        var state = WithLatest(new StateBuilder().Build(), latest => latest with { Architectures = ["arm64"] });

        var plan = ReleasePlanner.Plan(state, new DeployLatest(Code(), StateBuilder.Package()));

        Assert.That(plan.Steps.Where(s => s.WritesToSkill).Select(s => s.GetType()), Is.EqualTo(new[] { typeof(UploadCode) }));
    }

    [Test]
    public void CutRelease_WhenAVersionHasTheCodeButAnOlderConfiguration_PublishesANewVersion()
    {
        var built = WithLatest(new StateBuilder().WithVersion("1", "CODE-A").Build(), latest => latest);
        var state = built with { Versions = [built.Versions[0] with { MemorySize = 256 }] };

        var plan = ReleasePlanner.Plan(state, new CutRelease(ReleaseTag.Parse("v1.0.0"), Code(), StateBuilder.Package(), PublicationMethods.Auto, StateBuilder.Now));

        Assert.That(plan.Steps.OfType<PublishVersion>().Single().RevisionId, Is.EqualTo("latest-rev"));
        Assert.That(plan.Steps.OfType<PointAlias>().Single().Version, Is.EqualTo(VersionChoice.JustPublished));
    }

    [Test]
    public void CutRelease_WhenAVersionHasTheCodeAndTheConfiguration_ReusesIt()
    {
        var built = WithLatest(new StateBuilder().WithVersion("1", "CODE-A").Build(), latest => latest);
        var state = built with { Versions = [built.Latest with { Version = "1", FunctionArn = StateBuilder.Arn("1") }] };

        var plan = ReleasePlanner.Plan(state, new CutRelease(ReleaseTag.Parse("v1.0.0"), Code(), StateBuilder.Package(), PublicationMethods.Auto, StateBuilder.Now));

        Assert.That(plan.Steps.OfType<PublishVersion>(), Is.Empty);
        Assert.That(plan.Steps.OfType<PointAlias>().Single().Version, Is.EqualTo(new VersionChoice("1")));
    }

    [Test]
    public void CutRelease_WhenTheConsoleChangedTheConfigurationOfTheSameCode_GuardsThePublishByCodeOnly()
    {
        // Given $LATEST holding the code, its memory changed in the console
        var state = WithLatest(new StateBuilder().Build(), latest => latest with { MemorySize = 1024 });

        // When
        var plan = ReleasePlanner.Plan(state, new CutRelease(ReleaseTag.Parse("v1.0.0"), Code(), StateBuilder.Package(), PublicationMethods.Auto, StateBuilder.Now));

        // Then the configuration is put back first, which changes the RevisionId the plan saw
        Assert.That(plan.Steps.OfType<UpdateFunctionConfiguration>(), Is.Not.Empty);
        Assert.That(plan.Steps.OfType<PublishVersion>().Single().RevisionId, Is.Null);
    }
}
