using NSubstitute;
using SkillRelease.Lambda;
using SkillRelease.Lambda.Model;
using SkillRelease.Release.Steps;

namespace SkillRelease.Tests.Release.Steps;

/// <summary>$LATEST is published only while it holds our code; a publish whose answer was lost is found again.</summary>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class PublishVersionTests
{
    private const string Sha = "5Jq1Yc3m0nP8nGm9X2v7Gq1m4iA3cz2dX0bN3eQ1Vxk=";

    private const string Described = "v1.4.0 2026-11-29 abc1234";

    private readonly StepRig _rig = new();

    [Test]
    public void Description_NamesTheCodeAndTheVersionsDescription() =>
        Assert.That(new PublishVersion(Sha, Described, null).Description, Is.EqualTo($"publish $LATEST ({Sha}) as a version \"{Described}\""));

    [Test]
    public async Task Apply_PublishesUnderTheCodeAndRevisionGuards_AndHandsTheVersionToLaterSteps()
    {
        _rig.Lambda.PublishVersionAsync(default!, default).ReturnsForAnyArgs(new PublishVersionResponse { Version = "7" });

        await _rig.ApplyAsync(new PublishVersion(Sha, Described, "rev-latest"));

        Assert.That(StepRig.Sent<PublishVersionRequest>(_rig.Lambda).Single(),
            Is.EqualTo(new PublishVersionRequest { FunctionName = StepRig.FunctionName, CodeSha256 = Sha, Description = Described, RevisionId = "rev-latest" }));
        Assert.That(_rig.Context.PublishedVersion, Is.EqualTo("7"));
        Assert.That(_rig.Logger.Lines, Is.EqualTo(new[] { "Information:   published version 7" }));
    }

    [Test]
    public async Task Apply_RefusedAfterAnEarlierAttemptLanded_TakesTheNewestVersionWithOurCodeAndDescription()
    {
        RefusePublish();
        Versions(
            new() { Version = "$LATEST", CodeSha256 = Sha, Description = Described },
            new() { Version = "9", CodeSha256 = Sha, Description = Described },
            new() { Version = "12", CodeSha256 = Sha, Description = Described },
            new() { Version = "13", CodeSha256 = Sha, Description = "v1.3.0 2026-11-28 0000000" },
            new() { Version = "14", CodeSha256 = "other", Description = Described });

        await _rig.ApplyAsync(new PublishVersion(Sha, Described, "rev-latest"));

        Assert.That(_rig.Context.PublishedVersion, Is.EqualTo("12"));
        Assert.That(StepRig.Sent<ListVersionsByFunctionRequest>(_rig.Lambda).Single().FunctionName, Is.EqualTo(StepRig.FunctionName));
    }

    [Test]
    public void Apply_RefusedWhenNoVersionHoldsOurCode_PassesTheRefusalOnAndPublishesNothingToLaterSteps()
    {
        var refusal = RefusePublish();
        _rig.Context.PublishedVersion = "3";
        Versions(new() { Version = "$LATEST", CodeSha256 = Sha, Description = Described }, new() { Version = "4", CodeSha256 = "other", Description = Described });

        var thrown = Assert.ThrowsAsync<LambdaException>(() => _rig.ApplyAsync(new PublishVersion(Sha, Described, "rev-latest")));

        Assert.That(thrown, Is.SameAs(refusal));
        Assert.That(_rig.Context.PublishedVersion, Is.EqualTo("3"));
    }

    private LambdaException RefusePublish()
    {
        var refusal = Refusals.StaleRevision();
        _rig.Lambda.PublishVersionAsync(default!, default).ReturnsForAnyArgs(Task.FromException<PublishVersionResponse>(refusal));
        return refusal;
    }

    private void Versions(params FunctionConfiguration[] versions) =>
        _rig.Lambda.ListVersionsByFunctionAsync(default!, default).ReturnsForAnyArgs(new ListVersionsByFunctionResponse { Versions = versions });
}
