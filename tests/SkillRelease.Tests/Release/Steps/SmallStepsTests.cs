using NSubstitute;
using SkillRelease.Lambda.Model;
using SkillRelease.Release.Function;
using SkillRelease.Release.Planning;
using SkillRelease.Release.Steps;
using SkillRelease.Smapi.Model;

namespace SkillRelease.Tests.Release.Steps;

/// <summary>The steps of one call each: what they send, and what they leave for the plan's later steps.</summary>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class SmallStepsTests
{
    private static readonly FunctionDefinition Definition = new()
    {
        Runtime = "dotnet10",
        Handler = "BostonInfo.Skill::BostonInfo.Skill.Function::HandleAsync",
        Architecture = "arm64",
        MemorySize = 512,
        Timeout = 10,
        Variables = new Dictionary<string, string> { ["CITY"] = "Boston" },
        KeptVariables = new HashSet<string> { "FEEDBACK_WEBHOOK_URL" },
    };

    private readonly StepRig _rig = new();

    [Test]
    public async Task WaitForCodeUpdate_LeavesTheSettledRevisionAsTheNextWritesGuard()
    {
        _rig.Lambda.WaitUntilFunctionUpdatedAsync(StepRig.FunctionName, Arg.Any<CancellationToken>()).Returns(new FunctionConfiguration { RevisionId = "rev-settled" });

        await _rig.ApplyAsync(new WaitForCodeUpdate());

        Assert.That(_rig.Context.LatestRevisionId, Is.EqualTo("rev-settled"));
        Assert.That(new WaitForCodeUpdate().Description, Is.EqualTo("wait until $LATEST has finished updating"));
    }

    [Test]
    public async Task PublishCertifiedSkill_PublishesAndSaysHowItWent()
    {
        _rig.Smapi.Publications.PublishAsync(StepRig.SkillId, Arg.Any<CancellationToken>()).Returns(new Publication("IN_PROGRESS", null));

        await _rig.ApplyAsync(new PublishCertifiedSkill());

        Assert.That(_rig.Logger.Lines, Is.EqualTo(new[] { "Information:   publication IN_PROGRESS" }));
        Assert.That(new PublishCertifiedSkill().Description, Is.EqualTo("publish the certified skill to live"));
    }

    [Test]
    public async Task UpdateFunctionConfiguration_SendsTheDeclarationWithTheFunctionsKeptSecretsUnderThePlannedRevision()
    {
        _rig.Lambda.GetFunctionConfigurationAsync(default!, default).ReturnsForAnyArgs(new GetFunctionConfigurationResponse
        {
            Environment = new FunctionEnvironment { Variables = new Dictionary<string, string> { ["FEEDBACK_WEBHOOK_URL"] = "https://hooks.example/x", ["STRAY"] = "1" } },
        });

        await _rig.ApplyAsync(new UpdateFunctionConfiguration(Definition, ["memory 256 MB → 512 MB"], "rev-planned"));

        Assert.That(StepRig.Sent<GetFunctionConfigurationRequest>(_rig.Lambda).Single().FunctionName, Is.EqualTo(StepRig.FunctionName));
        var sent = StepRig.Sent<UpdateFunctionConfigurationRequest>(_rig.Lambda).Single();
        Assert.That((sent.FunctionName, sent.Runtime, sent.Handler, sent.MemorySize, sent.Timeout, sent.RevisionId),
            Is.EqualTo((StepRig.FunctionName, Definition.Runtime, Definition.Handler, (int?)512, (int?)10, "rev-planned")));
        Assert.That(sent.Environment!.Variables, Is.EqualTo(new Dictionary<string, string> { ["CITY"] = "Boston", ["FEEDBACK_WEBHOOK_URL"] = "https://hooks.example/x" }));
    }

    [Test]
    public void UpdateFunctionConfiguration_Description_ListsTheDifferences() =>
        Assert.That(new UpdateFunctionConfiguration(Definition, ["memory 256 MB → 512 MB", "timeout 3 s → 10 s"], null).Description,
            Is.EqualTo("configure $LATEST as src/BostonInfo.Skill/function.json declares (memory 256 MB → 512 MB; timeout 3 s → 10 s)"));

    [Test]
    public void VersionChoice_ResolvesANumberAsIsAndTheNewVersionFromThePlan()
    {
        _rig.Context.PublishedVersion = "8";

        Assert.That((new VersionChoice("7").Resolve(_rig.Context), VersionChoice.JustPublished.Resolve(_rig.Context)), Is.EqualTo(("7", "8")));
        Assert.That((new VersionChoice("7").ToString(), VersionChoice.JustPublished.ToString()), Is.EqualTo(("version 7", "the new version")));
    }

    [Test]
    public void VersionChoice_TheNewVersionBeforeItIsPublished_IsAPlanningError() =>
        Assert.Throws<InvalidOperationException>(() => VersionChoice.JustPublished.Resolve(_rig.Context));

    [Test]
    public void Steps_ThatOnlyReadOrWait_DoNotWriteToTheSkill_AndEveryStepPrintsAsItsDescription()
    {
        Step[] writes = [new PointAlias("blue", new VersionChoice("7"), "", true, null), new PublishVersion("sha", "d", null), new PublishCertifiedSkill(), new RollbackSkill("4", "v1.3.0"), new UpdateFunctionConfiguration(Definition, [], null)];
        var canary = new WaitForCanary("blue", new VersionChoice("8"), DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, new Canary(10, TimeSpan.FromMinutes(10)), (PointAlias)writes[0], "abc1234");
        Step[] others = [new WaitForCodeUpdate(), new ValidateSkill(["en-US"]), new WaitForSkillBuild(true, []), canary];

        Assert.That(writes.Select(s => s.WritesToSkill), Is.All.True);
        Assert.That(others.Select(s => s.WritesToSkill), Is.All.False);
        Assert.That(writes.Concat(others).Select(s => s.ToString()), Is.EqualTo(writes.Concat(others).Select(s => s.Description)));
    }

    [Test]
    public void StepContext_NamesTheFunctionAndSkillOfTheSettings() =>
        Assert.That((_rig.Context.FunctionName, _rig.Context.SkillId), Is.EqualTo((StepRig.FunctionName, StepRig.SkillId)));
}
