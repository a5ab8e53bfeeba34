using NSubstitute;
using SkillRelease.Lambda;
using SkillRelease.Lambda.Model;
using SkillRelease.Release.Function;
using SkillRelease.Release.Packages;
using SkillRelease.Release.Steps;

namespace SkillRelease.Tests.Release.Steps;

/// <summary>The package goes to $LATEST under the freshest RevisionId, and Lambda must have stored our bytes.</summary>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class UploadCodeTests
{
    private static readonly CodePackage Code = CodePackage.FromZip("code A"u8.ToArray(), "aaaaaaa1111111");

    private readonly StepRig _rig = new();

    [Test]
    public void Description_NamesThePackagesHash() =>
        Assert.That(new UploadCode(Code, null).Description, Is.EqualTo($"upload the package ({Code.CodeSha256}) to $LATEST"));

    [Test]
    public async Task Apply_SendsTheZipUnderThePlannedRevision_WithoutAnArchitectureWhenNoneIsDeclared()
    {
        Stores(Code.CodeSha256);

        await _rig.ApplyAsync(new UploadCode(Code, "rev-planned"));

        var sent = StepRig.Sent<UpdateFunctionCodeRequest>(_rig.Lambda).Single();
        Assert.That((sent.FunctionName, sent.ZipFile, sent.RevisionId, sent.Architectures), Is.EqualTo((StepRig.FunctionName, Code.Zip, "rev-planned", (IReadOnlyList<string>?)null)));
    }

    [Test]
    public async Task Apply_AfterAnUpdateOfThisPlan_IsGuardedByTheRevisionItLeft_AndSendsTheDeclaredArchitecture()
    {
        _rig.Context.LatestRevisionId = "rev-after-configuration";
        Stores(Code.CodeSha256);

        await _rig.ApplyAsync(new UploadCode(Code with { Definition = Definition("arm64") }, "rev-planned"));

        var sent = StepRig.Sent<UpdateFunctionCodeRequest>(_rig.Lambda).Single();
        Assert.That(sent.RevisionId, Is.EqualTo("rev-after-configuration"));
        Assert.That(sent.Architectures, Is.EqualTo(new[] { "arm64" }));
    }

    [Test]
    public void Apply_WhenLambdaStoredOtherBytes_Fails()
    {
        Stores("tampered");

        var failed = Assert.ThrowsAsync<StepFailedException>(() => _rig.ApplyAsync(new UploadCode(Code, "rev-planned")));

        Assert.That(failed!.Message, Does.StartWith($"Lambda reports CodeSha256 tampered after the upload, but the package's is {Code.CodeSha256}"));
    }

    [TestCase(LastUpdateStatuses.Successful)]
    [TestCase(LastUpdateStatuses.InProgress)]
    public async Task Apply_RefusedAfterAnEarlierUploadLanded_Succeeds(string status)
    {
        RefuseUpload();
        Latest(Code.CodeSha256, status);

        await _rig.ApplyAsync(new UploadCode(Code, "rev-planned"));

        Assert.That(StepRig.Sent<GetFunctionRequest>(_rig.Lambda).Single().FunctionName, Is.EqualTo(StepRig.FunctionName));
    }

    [TestCase("other", LastUpdateStatuses.Successful)]
    [TestCase(null, LastUpdateStatuses.Failed)]
    public void Apply_RefusedWhileLatestHoldsOtherCodeOrAFailedUpdate_PassesTheRefusalOn(string? sha, string status)
    {
        var refusal = RefuseUpload();
        Latest(sha ?? Code.CodeSha256, status);

        Assert.That(Assert.ThrowsAsync<LambdaException>(() => _rig.ApplyAsync(new UploadCode(Code, "rev-planned"))), Is.SameAs(refusal));
    }

    private static FunctionDefinition Definition(string architecture) => new()
    {
        Runtime = "dotnet10", Handler = "BostonInfo.Skill", Architecture = architecture, MemorySize = 512, Timeout = 10,
    };

    private void Stores(string sha) =>
        _rig.Lambda.UpdateFunctionCodeAsync(default!, default).ReturnsForAnyArgs(new UpdateFunctionCodeResponse { CodeSha256 = sha });

    private LambdaException RefuseUpload()
    {
        var refusal = Refusals.StaleRevision();
        _rig.Lambda.UpdateFunctionCodeAsync(default!, default).ReturnsForAnyArgs(Task.FromException<UpdateFunctionCodeResponse>(refusal));
        return refusal;
    }

    private void Latest(string sha, string status) =>
        _rig.Lambda.GetFunctionAsync(default!, default).ReturnsForAnyArgs(new GetFunctionResponse { Configuration = new() { CodeSha256 = sha, LastUpdateStatus = status } });
}
