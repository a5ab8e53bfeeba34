using SkillRelease.Lambda;
using SkillRelease.Release.Steps;

namespace SkillRelease.Tests.Release.Steps;

/// <summary>A guard's refusal is read back before it is reported: it may be the echo of our own landed write.</summary>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class GuardedWriteTests
{
    private readonly StepRig _rig = new();

    private int _reads;

    [Test]
    public async Task Apply_WhenTheWriteSucceeds_ReadsNothingBack()
    {
        var written = 0;

        await ApplyAsync(() => { written++; return Task.CompletedTask; }, applied: true);

        Assert.That((written, _reads, _rig.Logger.Lines.Count), Is.EqualTo((1, 0, 0)));
    }

    public static IEnumerable<TestCaseData> GuardRefusals()
    {
        yield return new TestCaseData(Refusals.StaleRevision()).SetArgDisplayNames("Lambda 412");
        yield return new TestCaseData(Refusals.AliasExists("blue")).SetArgDisplayNames("Lambda 409");
        yield return new TestCaseData(Refusals.StaleETag("UpdateSkillManifest")).SetArgDisplayNames("SMAPI 412");
        yield return new TestCaseData(Refusals.Conflict("A conflicting update is in progress.", "SetInteractionModel")).SetArgDisplayNames("SMAPI 409");
    }

    [TestCaseSource(nameof(GuardRefusals))]
    public async Task Apply_WhenARefusedWriteHadLanded_SucceedsAndSaysSo(Exception refusal)
    {
        await ApplyAsync(() => Task.FromException(refusal), applied: true);

        Assert.That(_reads, Is.EqualTo(1));
        Assert.That(_rig.Logger.Lines, Is.EqualTo(new[] { "Information:   alias blue on version 7 is already in place: an earlier attempt landed and its answer was lost" }));
    }

    public static IEnumerable<TestCaseData> OtherFailures()
    {
        yield return new TestCaseData(Refusals.Throttled()).SetArgDisplayNames("Lambda 429");
        yield return new TestCaseData(Refusals.NotFound("Function")).SetArgDisplayNames("Lambda 404");
        yield return new TestCaseData(Refusals.Invalid("UpdateSkillManifest")).SetArgDisplayNames("SMAPI 400");
        yield return new TestCaseData(new HttpRequestException("connection refused")).SetArgDisplayNames("transport");
    }

    [TestCaseSource(nameof(OtherFailures))]
    public void Apply_WhenTheWriteFailsForAnotherReason_PassesTheFailureOnWithoutReadingBack(Exception failure)
    {
        var thrown = Assert.ThrowsAsync(failure.GetType(), () => ApplyAsync(() => Task.FromException(failure), applied: true));

        Assert.That((thrown, _reads), Is.EqualTo((failure, 0)));
    }

    [Test]
    public void Apply_WhenARefusedWriteDidNotLand_ExplainsWhatIsThereNow()
    {
        var refusal = Refusals.StaleRevision();

        var failed = Assert.ThrowsAsync<StepFailedException>(() => ApplyAsync(() => Task.FromException(refusal), applied: false, explanation: "Alias blue was changed by another run."));

        Assert.That((failed!.Message, failed.InnerException), Is.EqualTo(("Alias blue was changed by another run.", refusal)));
        Assert.That(_rig.Logger.Lines, Is.Empty);
    }

    [TestCase(true)]
    [TestCase(false)]
    public void Apply_WhenARefusedWriteDidNotLandAndNothingExplainsIt_RethrowsTheRefusal(bool withExplainer)
    {
        var refusal = Refusals.StaleRevision();

        var thrown = Assert.ThrowsAsync<LambdaException>(() => GuardedWrite.ApplyAsync(
            _rig.Context, () => Task.FromException(refusal), () => ReadAsync(false), withExplainer ? () => Task.FromResult<string?>(null) : null, "alias blue on version 7"));

        Assert.That((thrown, _reads), Is.EqualTo((refusal, 1)));
    }

    private Task ApplyAsync(Func<Task> write, bool applied, string? explanation = null) =>
        GuardedWrite.ApplyAsync(_rig.Context, write, () => ReadAsync(applied), () => Task.FromResult(explanation), "alias blue on version 7");

    private Task<bool> ReadAsync(bool applied)
    {
        _reads++;
        return Task.FromResult(applied);
    }
}
