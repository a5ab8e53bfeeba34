using SkillRelease.Release.Packages;
using SkillRelease.Release.Planning;
using SkillRelease.Simulator;

namespace SkillRelease.Tests.Release.Execution;

/// <summary>A task run from a prepared remote state: the unit the crash and fault tests repeat.</summary>
public sealed record Scenario(string Name, Func<EngineHarness, Task> Arrange, ReleaseIntent Act)
{
    public override string ToString() => Name;

    private static readonly ReleaseIntent DeployA = new DeployLatest(EngineHarness.CodeA, EngineHarness.Skill);
    private static readonly ReleaseIntent DeployB = new DeployLatest(EngineHarness.CodeB, EngineHarness.Skill);
    private static readonly ReleaseIntent Await = new AwaitCertification(Publish: false, EngineHarness.Now);

    public static IEnumerable<Scenario> All()
    {
        yield return new("deploy-latest", _ => Task.CompletedTask, DeployA);
        yield return new("cut-release", h => h.RunToEndAsync(DeployA), EngineHarness.Cut("v1.0.0", EngineHarness.CodeA));
        yield return new("await-certification (passed)", Certified(CertificationOutcome.Pass), Await);
        yield return new("await-certification (failed)", Certified(CertificationOutcome.Fail), Await);
        yield return new("promote", Live(), new Promote(EngineHarness.CodeB, EngineHarness.Skill, null, EngineHarness.Now));
        yield return new("promote with canary", Live(), new Promote(EngineHarness.CodeB, EngineHarness.Skill, new Canary(10, TimeSpan.FromMilliseconds(50)), EngineHarness.Now));
        yield return new("rollback", async h =>
        {
            await Live()(h);
            await h.RunToEndAsync(new Promote(EngineHarness.CodeB, EngineHarness.Skill, null, EngineHarness.Now));
        }, new Rollback());
        yield return new("rollback (certified release)", TwoCertifiedReleases, new Rollback());
    }

    /// <summary>The skill package with another invocation name: a change only a certified release may take live.</summary>
    public static SkillPackage SkillB { get; } = EngineHarness.Skill with
    {
        Models = EngineHarness.Skill.Models.ToDictionary(m => m.Key, m =>
        {
            var model = m.Value.DeepClone().AsObject();
            model["interactionModel"]!["languageModel"]!["invocationName"] = "boston guide";
            return model;
        }),
    };

    /// <summary>v1.0.0 (code A) went live on blue, then v1.1.0 (code B, <see cref="SkillB"/>) went live on green.</summary>
    public static async Task TwoCertifiedReleases(EngineHarness h)
    {
        await Certified(CertificationOutcome.Pass)(h);
        await h.RunToEndAsync(Await);
        await h.RunToEndAsync(new DeployLatest(EngineHarness.CodeB, SkillB));
        await h.RunToEndAsync(EngineHarness.Cut("v1.1.0", EngineHarness.CodeB) with { Skill = SkillB });
        h.Simulator.Smapi.CompleteCertification(CertificationOutcome.Pass);
        await h.RunToEndAsync(Await);
    }

    private static Func<EngineHarness, Task> Certified(CertificationOutcome outcome) => async h =>
    {
        await h.RunToEndAsync(DeployA);
        await h.RunToEndAsync(EngineHarness.Cut("v1.0.0", EngineHarness.CodeA));
        h.Simulator.Smapi.CompleteCertification(outcome);
    };

    /// <summary>Live on blue with code A, and code B on $LATEST: ready to promote.</summary>
    public static Func<EngineHarness, Task> Live() => async h =>
    {
        await Certified(CertificationOutcome.Pass)(h);
        await h.RunToEndAsync(Await);
        await h.RunToEndAsync(DeployB);
    };
}
