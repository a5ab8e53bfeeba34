using NSubstitute;
using SkillRelease.Lambda;
using SkillRelease.Lambda.Model;
using SkillRelease.Release.Steps;

namespace SkillRelease.Tests.Release.Steps;

/// <summary>An alias is created or moved under its RevisionId, and a refused move says who changed it.</summary>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class PointAliasTests
{
    private const string Carried = "release=v1.4.0 previous=6";

    private readonly StepRig _rig = new();

    [TestCase(true, "create alias blue on version 7")]
    [TestCase(false, "point alias blue at version 7")]
    public void Description_SaysWhetherItCreatesOrMovesTheAlias(bool create, string expected) =>
        Assert.That(new PointAlias("blue", new VersionChoice("7"), Carried, create, null).Description, Is.EqualTo(expected));

    [TestCase(true, "create alias blue: version 6, with 10 % of traffic on the new version")]
    [TestCase(false, "move alias blue: version 6, with 10 % of traffic on the new version")]
    public void Description_OfACanary_SaysTheShareTheNewVersionGets(bool create, string expected) =>
        Assert.That(Canary(create).Description, Is.EqualTo(expected));

    [Test]
    public async Task Apply_Create_CreatesTheAliasWithoutRoutingAndRemembersItsRevision()
    {
        _rig.Lambda.CreateAliasAsync(default!, default).ReturnsForAnyArgs(new CreateAliasResponse { Name = "blue", FunctionVersion = "7", RevisionId = "rev-1" });

        await _rig.ApplyAsync(new PointAlias("blue", new VersionChoice("7"), Carried, Create: true, RevisionId: null));

        var sent = StepRig.Sent<CreateAliasRequest>(_rig.Lambda).Single();
        Assert.That((sent.FunctionName, sent.Name, sent.FunctionVersion, sent.Description, sent.RoutingConfig), Is.EqualTo((StepRig.FunctionName, "blue", "7", Carried, (AliasRoutingConfiguration?)null)));
        Assert.That(_rig.Context.AliasRevisions, Is.EqualTo(new Dictionary<string, string> { ["blue"] = "rev-1" }));
    }

    [Test]
    public async Task Apply_CreateWithACanary_RoutesTheShareToTheNewVersion()
    {
        _rig.Context.PublishedVersion = "8";
        _rig.Lambda.CreateAliasAsync(default!, default).ReturnsForAnyArgs(new CreateAliasResponse { RevisionId = "rev-1" });

        await _rig.ApplyAsync(Canary(create: true));

        var sent = StepRig.Sent<CreateAliasRequest>(_rig.Lambda).Single();
        Assert.That(sent.FunctionVersion, Is.EqualTo("6"));
        Assert.That(sent.RoutingConfig!.AdditionalVersionWeights, Is.EqualTo(new Dictionary<string, double> { ["8"] = 0.1 }));
    }

    [Test]
    public async Task Apply_Move_SendsThePlannedRevisionAndAnEmptyRoutingThatEndsAnyCanary()
    {
        _rig.Context.PublishedVersion = "8";
        _rig.Lambda.UpdateAliasAsync(default!, default).ReturnsForAnyArgs(new UpdateAliasResponse { RevisionId = "rev-2" });

        await _rig.ApplyAsync(new PointAlias("blue", VersionChoice.JustPublished, Carried, Create: false, RevisionId: "rev-1"));

        var sent = StepRig.Sent<UpdateAliasRequest>(_rig.Lambda).Single();
        Assert.That((sent.FunctionName, sent.Name, sent.FunctionVersion, sent.Description, sent.RevisionId), Is.EqualTo((StepRig.FunctionName, "blue", "8", Carried, "rev-1")));
        Assert.That(sent.RoutingConfig!.AdditionalVersionWeights, Is.Empty);
        Assert.That(_rig.Context.AliasRevisions["blue"], Is.EqualTo("rev-2"));
        Assert.That(StepRig.Calls(_rig.Lambda), Is.EqualTo(new[] { nameof(ILambdaClient.UpdateAliasAsync) }));
    }

    [Test]
    public async Task Apply_AMoveWithoutARevisionInTheAnswer_LeavesTheRememberedOneAlone()
    {
        _rig.Context.AliasRevisions["blue"] = "rev-1";
        _rig.Lambda.UpdateAliasAsync(default!, default).ReturnsForAnyArgs(new UpdateAliasResponse { RevisionId = null });

        await _rig.ApplyAsync(new PointAlias("blue", new VersionChoice("7"), Carried, Create: false, RevisionId: "rev-0"));

        Assert.That(_rig.Context.AliasRevisions["blue"], Is.EqualTo("rev-1"));
    }

    [Test]
    public async Task Apply_AfterOwnMove_IsGuardedByTheRevisionThatMoveLeft()
    {
        _rig.Context.AliasRevisions["blue"] = "rev-after-canary";
        _rig.Lambda.UpdateAliasAsync(default!, default).ReturnsForAnyArgs(new UpdateAliasResponse { RevisionId = "rev-final" });

        await _rig.ApplyAsync(new PointAlias("blue", new VersionChoice("8"), Carried, Create: false, RevisionId: "rev-planned") { AfterOwnMove = true });

        Assert.That(StepRig.Sent<UpdateAliasRequest>(_rig.Lambda).Single().RevisionId, Is.EqualTo("rev-after-canary"));
        Assert.That(_rig.Context.AliasRevisions["blue"], Is.EqualTo("rev-final"));
    }

    [Test]
    public void Apply_AfterOwnMoveThatNeverHappened_RefusesToGuessAGuard()
    {
        var error = Assert.ThrowsAsync<InvalidOperationException>(() =>
            _rig.ApplyAsync(new PointAlias("blue", new VersionChoice("8"), Carried, Create: false, RevisionId: "rev-planned") { AfterOwnMove = true }));

        Assert.That(error!.Message, Does.Contain("alias blue"));
        Assert.That(_rig.Lambda.ReceivedCalls(), Is.Empty);
    }

    [Test]
    public async Task Apply_ACreateRefusedBecauseItLandedEarlier_ReadsTheAliasBackAndRemembersItsRevision()
    {
        _rig.Lambda.CreateAliasAsync(default!, default).ReturnsForAnyArgs(Task.FromException<CreateAliasResponse>(Refusals.AliasExists("blue")));
        Current(new GetAliasResponse { Name = "blue", FunctionVersion = "7", Description = Carried, RevisionId = "rev-landed" });

        await _rig.ApplyAsync(new PointAlias("blue", new VersionChoice("7"), Carried, Create: true, RevisionId: null));

        Assert.That(_rig.Context.AliasRevisions["blue"], Is.EqualTo("rev-landed"));
        Assert.That(StepRig.Sent<GetAliasRequest>(_rig.Lambda).Single(), Is.EqualTo(new GetAliasRequest { FunctionName = StepRig.FunctionName, Name = "blue" }));
    }

    [Test]
    public async Task Apply_ACanaryRefusedBecauseItLandedEarlier_CountsWhenTheWeightsMatch()
    {
        _rig.Context.PublishedVersion = "8";
        RefuseMove();
        Current(new GetAliasResponse { FunctionVersion = "6", Description = Carried, RevisionId = "rev-landed", RoutingConfig = Weights(("8", 0.1)) });

        await _rig.ApplyAsync(Canary(create: false));

        Assert.That(_rig.Context.AliasRevisions["blue"], Is.EqualTo("rev-landed"));
    }

    public static IEnumerable<TestCaseData> SomethingElse()
    {
        yield return new TestCaseData(new GetAliasResponse { FunctionVersion = "5", Description = Carried, RoutingConfig = Weights(("8", 0.1)) }).SetArgDisplayNames("another version");
        yield return new TestCaseData(new GetAliasResponse { FunctionVersion = "6", Description = "release=v1.5.0", RoutingConfig = Weights(("8", 0.1)) }).SetArgDisplayNames("another description");
        yield return new TestCaseData(new GetAliasResponse { FunctionVersion = "6", Description = Carried, RoutingConfig = Weights(("8", 0.2)) }).SetArgDisplayNames("another weight");
        yield return new TestCaseData(new GetAliasResponse { FunctionVersion = "6", Description = Carried, RoutingConfig = Weights(("9", 0.1)) }).SetArgDisplayNames("another canary version");
        yield return new TestCaseData(new GetAliasResponse { FunctionVersion = "6", Description = Carried }).SetArgDisplayNames("no canary");
        yield return new TestCaseData(new GetAliasResponse { FunctionVersion = "6", Description = Carried, RoutingConfig = Weights(("8", 0.1), ("9", 0.05)) }).SetArgDisplayNames("a second canary");
    }

    [TestCaseSource(nameof(SomethingElse))]
    public void Apply_ARefusedMoveWhileTheAliasHoldsSomethingElse_FailsSayingWhatItCarries(GetAliasResponse current)
    {
        _rig.Context.PublishedVersion = "8";
        RefuseMove();
        Current(current with { Name = "blue" });

        var failed = Assert.ThrowsAsync<StepFailedException>(() => _rig.ApplyAsync(Canary(create: false)));

        var carries = current.Description == Carried ? "release v1.4.0" : "release v1.5.0";
        Assert.That(failed!.Message, Does.StartWith($"Alias blue was changed by another run after this plan was made: it now carries {carries} on version {current.FunctionVersion}. Nothing was overwritten."));
        Assert.That(failed.InnerException, Is.TypeOf<LambdaException>());
        Assert.That(_rig.Context.AliasRevisions, Is.Empty);
    }

    [Test]
    public void Apply_ARefusedMoveOfAnAliasCutForAnotherRelease_SaysWhenItWasCut()
    {
        RefuseMove();
        Current(new GetAliasResponse { Name = "blue", FunctionVersion = "9", Description = "cut=2026-11-29T10:15:30Z" });

        var failed = Assert.ThrowsAsync<StepFailedException>(() => _rig.ApplyAsync(new PointAlias("blue", new VersionChoice("7"), Carried, Create: false, RevisionId: "rev-1")));

        Assert.That(failed!.Message, Does.StartWith("Alias blue was changed by another run after this plan was made: it now carries no release on version 9, cut at 10:15:30 UTC. Nothing"));
    }

    [Test]
    public void Apply_AMoveAfterOwnMoveRefusedBecauseAnOperatorMovedTheAlias_StopsWithoutMovingIt()
    {
        _rig.Context.AliasRevisions["blue"] = "rev-after-canary";
        RefuseMove();
        Current(new GetAliasResponse { Name = "blue", FunctionVersion = "6", Description = "rolled-back-from=8" });

        var failed = Assert.ThrowsAsync<StepFailedException>(() =>
            _rig.ApplyAsync(new PointAlias("blue", new VersionChoice("8"), Carried, Create: false, RevisionId: "rev-planned") { AfterOwnMove = true }));

        Assert.That(failed!.Message, Does.StartWith("Alias blue was changed by someone else while this run waited").And.Contain("without moving it to version 8"));
    }

    [Test]
    public void Apply_ARefusedCreateOfAnAliasThatIsGoneAgain_PassesTheRefusalOn()
    {
        var refusal = Refusals.AliasExists("blue");
        _rig.Lambda.CreateAliasAsync(default!, default).ReturnsForAnyArgs(Task.FromException<CreateAliasResponse>(refusal));
        _rig.Lambda.GetAliasAsync(default!, default).ReturnsForAnyArgs(Task.FromException<GetAliasResponse>(Refusals.NotFound("Alias")));

        var thrown = Assert.ThrowsAsync<LambdaException>(() => _rig.ApplyAsync(new PointAlias("blue", new VersionChoice("7"), Carried, Create: true, RevisionId: null)));

        Assert.That(thrown, Is.SameAs(refusal));
    }

    [Test]
    public void Apply_WhenTheReadBackFailsOtherwise_ThatFailureIsReported()
    {
        var throttled = Refusals.Throttled();
        RefuseMove();
        _rig.Lambda.GetAliasAsync(default!, default).ReturnsForAnyArgs(Task.FromException<GetAliasResponse>(throttled));

        var thrown = Assert.ThrowsAsync<LambdaException>(() => _rig.ApplyAsync(new PointAlias("blue", new VersionChoice("7"), Carried, Create: false, RevisionId: "rev-1")));

        Assert.That(thrown, Is.SameAs(throttled));
    }

    private static PointAlias Canary(bool create) =>
        new("blue", new VersionChoice("6"), Carried, create, create ? null : "rev-1") { Canary = (VersionChoice.JustPublished, 0.1) };

    private static AliasRoutingConfiguration Weights(params (string Version, double Weight)[] weights) =>
        new() { AdditionalVersionWeights = weights.ToDictionary(w => w.Version, w => w.Weight) };

    private void RefuseMove() =>
        _rig.Lambda.UpdateAliasAsync(default!, default).ReturnsForAnyArgs(Task.FromException<UpdateAliasResponse>(Refusals.StaleRevision()));

    private void Current(GetAliasResponse alias) => _rig.Lambda.GetAliasAsync(default!, default).ReturnsForAnyArgs(alias);
}
