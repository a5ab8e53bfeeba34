using SkillRelease.Release.Packages;
using SkillRelease.Release.Planning;
using SkillRelease.Release.State;
using SkillRelease.Release.Steps;
using SkillRelease.Smapi.Model;
using SkillRelease.Tests.Release.Support;

namespace SkillRelease.Tests.Release.Planning;

/// <summary>ARCHITECTURE.md §4's invariants, checked over every interesting state and every intent, without I/O.</summary>
public sealed class InvariantTests
{
    private static IEnumerable<TestCaseData> States()
    {
        yield return new TestCaseData(new StateBuilder().Build()).SetName("first release");
        yield return new TestCaseData(new StateBuilder().WithLatest("OLD").Build()).SetName("latest stale");
        yield return new TestCaseData(new StateBuilder().WithVersion("1", "CODE-A").WithAlias("blue", "1", "release=v1.0.0")
            .WithDevelopment(StateBuilder.Arn("blue")).WithCertification(UpdateStatuses.InProgress).Build()).SetName("in review");
        yield return new TestCaseData(new StateBuilder().WithVersion("1", "CODE-A").WithAlias("blue", "1", "release=v1.0.0", alexaCanInvoke: false)
            .WithDevelopment(StateBuilder.FunctionArn).Build()).SetName("alias without trigger");
        yield return new TestCaseData(new StateBuilder().WithVersion("1", "CODE-A").WithAlias("blue", "1", "release=v1.0.0")
            .WithDevelopment(StateBuilder.Arn("blue")).WithCertification(UpdateStatuses.Failed, "no").Build()).SetName("failed");
        yield return new TestCaseData(new StateBuilder().WithVersion("1", "CODE-A").WithAlias("blue", "1", "release=v1.0.0")
            .WithDevelopment(StateBuilder.Arn("blue")).WithCertification(UpdateStatuses.Succeeded).WithCertified(StateBuilder.Arn("blue")).Build()).SetName("certified awaiting publish");
        yield return new TestCaseData(new StateBuilder().WithVersion("1", "CODE-A").WithVersion("2", "CODE-B")
            .WithAlias("blue", "1", "release=v1.0.0", weights: new Dictionary<string, double> { ["2"] = 0.2 }).WithLive(StateBuilder.Arn("blue")).Build()).SetName("live with canary");
        yield return new TestCaseData(new StateBuilder().WithVersion("1", "CODE-A").WithVersion("2", "CODE-B").WithAlias("blue", "1", "release=v1.0.0")
            .WithAlias("green", "2", "release=v1.1.0 previous=1").WithLive(StateBuilder.Arn("green")).WithCertification(UpdateStatuses.Succeeded).Build()).SetName("live on green");
    }

    private static IEnumerable<ReleaseIntent> Intents()
    {
        yield return new DeployLatest(StateBuilder.Code("CODE-N"), StateBuilder.Package("changed"));
        yield return new CutRelease(ReleaseTag.Parse("v9.0.0"), StateBuilder.Code("CODE-N"), StateBuilder.Package("changed"), PublicationMethods.Auto, StateBuilder.Now);
        yield return new AwaitCertification(Publish: true, StateBuilder.Now);
        yield return new Promote(StateBuilder.Code("CODE-N"), StateBuilder.Package(), new Canary(10, TimeSpan.FromMinutes(1)), StateBuilder.Now);
        yield return new Rollback();
    }

    private static IEnumerable<Plan> Plans(RemoteState state)
    {
        foreach (var intent in Intents())
        {
            Plan? plan = null;
            try
            {
                plan = ReleasePlanner.Plan(state, intent);
            }
            catch (ReleaseRefusedException)
            {
                // A refusal writes nothing, which satisfies every invariant.
            }

            if (plan is not null)
            {
                yield return plan;
            }
        }
    }

    [TestCaseSource(nameof(States))]
    public void LiveAlias_MovesOnlyInPromoteOrRollback(RemoteState state)
    {
        foreach (var plan in Plans(state).Where(p => p.Title is not ("promote" or "rollback")))
        {
            Assert.That(plan.Steps.OfType<PointAlias>().Select(p => p.Alias), Has.None.EqualTo(state.LiveAlias?.Name), plan.Title);
        }
    }

    [TestCaseSource(nameof(States))]
    public void CandidateAlias_NeverMovesWhileCertificationIsInProgress(RemoteState state)
    {
        if (!state.CertificationInProgress)
        {
            return;
        }

        foreach (var plan in Plans(state))
        {
            Assert.That(plan.Steps.OfType<PointAlias>().Select(p => p.Alias), Has.None.EqualTo(state.CandidateAliasName), plan.Title);
            Assert.That(plan.Steps.OfType<UpdateDevelopmentManifest>(), Is.Empty, plan.Title);
            Assert.That(plan.Steps.OfType<SetDevelopmentModel>(), Is.Empty, plan.Title);
        }
    }

    [TestCaseSource(nameof(States))]
    public void AlexaTrigger_ExistsBeforeAnyEndpointPointsAtAnAlias(RemoteState state)
    {
        foreach (var plan in Plans(state))
        {
            var granted = state.Aliases.Where(a => a.AlexaCanInvoke).Select(a => a.AliasArn).ToHashSet();
            foreach (var step in plan.Steps)
            {
                if (step is GrantAlexaTrigger grant)
                {
                    granted.Add(state.AliasArn(grant.Alias));
                }

                if (step is UpdateDevelopmentManifest update && ManifestEndpoint.Get(update.Envelope) is { } endpoint && endpoint != state.FunctionArn)
                {
                    Assert.That(granted, Does.Contain(endpoint), $"{plan.Title}: {step.Description}");
                }
            }
        }
    }

    [TestCaseSource(nameof(States))]
    public void EveryRemoteWrite_CarriesItsConcurrencyGuard(RemoteState state)
    {
        foreach (var step in Plans(state).SelectMany(p => p.Steps))
        {
            switch (step)
            {
                case UpdateDevelopmentManifest manifest:
                    Assert.That(manifest.ETag, Is.Not.Null, step.Description);
                    break;
                case PublishVersion publish:
                    Assert.That(publish.CodeSha256, Is.Not.Empty, step.Description);
                    break;
                case UploadCode upload:
                    Assert.That(upload.RevisionId, Is.Not.Null, step.Description);
                    break;
            }
        }
    }
}
