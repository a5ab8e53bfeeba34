using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using SkillRelease.Release.Packages;
using SkillRelease.Release.Planning;
using SkillRelease.Release.Steps;
using SkillRelease.Simulator;
using SkillRelease.Simulator.Faults;
using SkillRelease.Smapi.Model;

namespace SkillRelease.Tests.Release.Execution;

/// <summary>The defects of issue 11 that need the services' answers, each against the simulator.</summary>
public sealed class RealWorldEngineTests
{
    private static StepContext Context(EngineHarness harness) =>
        new(SimulatedRelease.Services(harness.Simulator, NullLogger.Instance, TimeProvider.System), NullLogger.Instance, TimeProvider.System);

    private static async Task<EngineHarness> CutV100Async(SimulatorOptions? options = null)
    {
        var harness = await EngineHarness.StartAsync(options);
        await harness.RunAsync(new DeployLatest(EngineHarness.CodeA, EngineHarness.Skill));
        await harness.RunAsync(EngineHarness.Cut("v1.0.0", EngineHarness.CodeA));
        return harness;
    }

    // Defect 2: the submit re-reads the development endpoint.
    [Test]
    public async Task Submit_WhenTheDevelopmentEndpointIsNoLongerTheCandidate_RefusesAndSubmitsNothing()
    {
        // Given the development endpoint on $LATEST (as a concurrent await-certification leaves it)
        await using var harness = await EngineHarness.StartAsync();
        await harness.RunAsync(new DeployLatest(EngineHarness.CodeA, EngineHarness.Skill));
        var context = Context(harness);
        var candidate = $"arn:aws:lambda:us-east-1:123456789012:function:boston-info:blue";

        // When
        var error = Assert.ThrowsAsync<StepFailedException>(() =>
            new SubmitForCertification("v1.0.0", PublicationMethods.Auto, candidate, DateTimeOffset.UtcNow).ApplyAsync(context, CancellationToken.None));

        // Then
        Assert.That(error!.Message, Does.Contain("Not submitting v1.0.0: the development endpoint is now").And.Contain("not the candidate"));
        Assert.That(await context.Services.Smapi.Certifications.ListAsync(harness.Settings.SkillId, CancellationToken.None), Is.Empty);
    }

    // Defect 8: a refusal that echoes our own landed write is success; a real loss names the winner.
    [Test]
    public async Task PointAlias_WhenItsGuardIsStaleButTheAliasAlreadyHoldsTheTarget_Succeeds()
    {
        await using var harness = await CutV100Async();
        var context = Context(harness);
        var blue = await context.Services.Lambda.GetAliasAsync(new() { FunctionName = context.FunctionName, Name = "blue" }, CancellationToken.None);

        // When the same move is sent again with the RevisionId it had before it landed, and the create is repeated
        await new PointAlias("blue", new VersionChoice(blue.FunctionVersion), blue.Description!, Create: false, RevisionId: "stale-revision").ApplyAsync(context, CancellationToken.None);
        await new PointAlias("blue", new VersionChoice(blue.FunctionVersion), blue.Description!, Create: true, RevisionId: null).ApplyAsync(context, CancellationToken.None);

        // Then nothing failed and nothing moved
        var after = await context.Services.Lambda.GetAliasAsync(new() { FunctionName = context.FunctionName, Name = "blue" }, CancellationToken.None);
        Assert.That((after.FunctionVersion, after.Description), Is.EqualTo((blue.FunctionVersion, blue.Description)));
    }

    [Test]
    public async Task PointAlias_WhenAnotherRunMovedTheAlias_SaysWhichReleaseItCarriesNow()
    {
        await using var harness = await CutV100Async();
        var context = Context(harness);

        var error = Assert.ThrowsAsync<StepFailedException>(() =>
            new PointAlias("blue", new VersionChoice("1"), "release=v2.0.0", Create: false, RevisionId: "stale-revision").ApplyAsync(context, CancellationToken.None));

        Assert.That(error!.Message, Does.StartWith("Alias blue was changed by another run after this plan was made: it now carries release v1.0.0 on version 1, cut at"));
        Assert.That(error.Message, Does.Contain("Nothing was overwritten"));
    }

    [Test]
    public async Task GrantAlexaTrigger_WhenTheStatementAlreadyLanded_Succeeds()
    {
        await using var harness = await CutV100Async();

        Assert.DoesNotThrowAsync(() => new GrantAlexaTrigger("blue", PolicyRevisionId: null).ApplyAsync(Context(harness), CancellationToken.None));
    }

    // Defect 9: only what the plan wrote is judged.
    [Test]
    public async Task DeployLatest_WhenALocaleThisRunDoesNotWriteHasAFailedBuild_Succeeds()
    {
        // Given an en-GB model whose build failed (a slot of a type nobody defined)
        await using var harness = await EngineHarness.StartAsync();
        var withBrokenGb = WithBrokenLocale(EngineHarness.Skill, "en-GB");
        Assert.ThrowsAsync<StepFailedException>(() => harness.RunAsync(new DeployLatest(EngineHarness.CodeA, withBrokenGb)));

        // When the next run drops en-GB: it writes only the manifest
        var plan = await harness.RunAsync(new DeployLatest(EngineHarness.CodeA, EngineHarness.Skill));

        // Then en-GB's stale FAILED build does not turn it red
        Assert.That(plan.Steps.OfType<SetDevelopmentModel>(), Is.Empty);
        Assert.That(plan.Steps.OfType<WaitForSkillBuild>().Single(), Is.EqualTo(new WaitForSkillBuild(Manifest: true, Locales: [])));
    }

    // Defect 10: the reproduction, with the simulator alone.
    [Test]
    public async Task CutRelease_AgainAfterTheTagsReviewEnded_CutsNothingAndSubmitsNothing()
    {
        await using var harness = await CutV100Async(new SimulatorOptions
        {
            LambdaUpdateDuration = TimeSpan.FromMilliseconds(20), SmapiUpdateDuration = TimeSpan.FromMilliseconds(20), CertifyAfter = TimeSpan.FromMilliseconds(200),
        });
        await Task.Delay(TimeSpan.FromMilliseconds(400));
        var before = await harness.SnapshotAsync();

        var plan = await harness.RunAsync(EngineHarness.Cut("v1.0.0", EngineHarness.CodeA));

        Assert.That(plan.Steps, Is.Empty);
        Assert.That(await harness.SnapshotAsync(), Is.EqualTo(before), "no alias, endpoint or certification changed");
        Assert.That(before, Does.Contain("certifications SUCCEEDED").And.Not.Contain("SUCCEEDED,"), "one certification");
    }

    // Defect 11: a ledger write that failed is made by the next run, once.
    [Test]
    public async Task CutRelease_WhenTheLedgerWasDownAtSubmit_TheNextRunWritesTheRecordsOnce()
    {
        // Given a cut whose GitHub deployment writes all failed
        await using var harness = await EngineHarness.StartAsync();
        await harness.RunAsync(new DeployLatest(EngineHarness.CodeA, EngineHarness.Skill));
        for (var call = 1; call <= 10; call++)
        {
            harness.Simulator.Faults.FailCall("github:CreateDeployment", call, Fault.ServerError);
        }

        await harness.RunAsync(EngineHarness.Cut("v1.0.0", EngineHarness.CodeA));
        harness.Simulator.Faults.Clear();
        Assert.That(Certification(harness), Is.Empty);

        // When cut-release runs again (the review is in progress) and once more
        await harness.RunAsync(EngineHarness.Cut("v1.0.0", EngineHarness.CodeA));
        await harness.RunAsync(EngineHarness.Cut("v1.0.0", EngineHarness.CodeA));

        // Then one deployment with one in_progress status, and the release note
        var deployment = Certification(harness).Single();
        Assert.That(deployment.Statuses.Select(s => s.State), Is.EqualTo(new[] { "in_progress" }));
        Assert.That(harness.Simulator.GitHub.Inspect(r => r.Releases.Select(n => n.TagName).ToList()), Is.EqualTo(new[] { "v1.0.0" }));
    }

    private static List<SkillRelease.Simulator.GitHub.SimulatedDeployment> Certification(EngineHarness harness) =>
        harness.Simulator.GitHub.Inspect(r => r.Deployments.Where(d => d.Environment == "alexa-certification").ToList());

    /// <summary>The package plus <paramref name="locale"/>: listed in the manifest, with a model whose build fails.</summary>
    private static SkillPackage WithBrokenLocale(SkillPackage package, string locale)
    {
        var manifest = (JsonObject)package.Manifest.DeepClone();
        var locales = manifest["manifest"]!["publishingInformation"]!["locales"]!.AsObject();
        locales[locale] = locales["en-US"]!.DeepClone();
        var model = (JsonObject)package.Models["en-US"].DeepClone();
        var intents = model["interactionModel"]!["languageModel"]!["intents"]!.AsArray();
        var custom = intents.OfType<JsonObject>().First(i => !i["name"]!.GetValue<string>().StartsWith("AMAZON.", StringComparison.Ordinal));
        var slots = custom["slots"] as JsonArray ?? (JsonArray)(custom["slots"] = new JsonArray());
        slots.Add(new JsonObject { ["name"] = "Mystery", ["type"] = "UNDEFINED_SLOT_TYPE" });
        var models = package.Models.ToDictionary(m => m.Key, m => m.Value);
        models[locale] = model;
        return new SkillPackage(manifest, models);
    }
}
