using NSubstitute;
using SkillRelease.Lambda;
using SkillRelease.Lambda.Model;
using SkillRelease.Release.Steps;

namespace SkillRelease.Tests.Release.Steps;

/// <summary>Alexa may invoke the alias (or the function) for this skill only; a grant that landed already is not an error.</summary>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class GrantAlexaTriggerTests
{
    private readonly StepRig _rig = new();

    [Test]
    public void Descriptions_NameWhatAlexaMayInvoke()
    {
        Assert.That(new GrantAlexaTrigger("blue", null).Description, Is.EqualTo("let Alexa invoke alias blue for this skill (Alexa Skills Kit trigger)"));
        Assert.That(new GrantAlexaTriggerOnFunction(null).Description, Is.EqualTo("let Alexa invoke the function ($LATEST) for this skill (Alexa Skills Kit trigger)"));
    }

    [Test]
    public async Task Apply_OnAnAlias_AddsAStatementForTheAlexaPrincipalAndThisSkillUnderThePolicysRevision()
    {
        await _rig.ApplyAsync(new GrantAlexaTrigger("blue", "policy-rev"));

        Assert.That(StepRig.Sent<AddPermissionRequest>(_rig.Lambda).Single(), Is.EqualTo(new AddPermissionRequest
        {
            FunctionName = StepRig.FunctionName,
            Qualifier = "blue",
            StatementId = "alexa-skill-blue",
            Action = "lambda:InvokeFunction",
            Principal = "alexa-appkit.amazon.com",
            EventSourceToken = StepRig.SkillId,
            RevisionId = "policy-rev",
        }));
    }

    [Test]
    public async Task Apply_OnTheFunction_AddsItsOwnStatementWithoutAQualifier()
    {
        await _rig.ApplyAsync(new GrantAlexaTriggerOnFunction(null));

        var sent = StepRig.Sent<AddPermissionRequest>(_rig.Lambda).Single();
        Assert.That((sent.Qualifier, sent.StatementId, sent.RevisionId, sent.EventSourceToken), Is.EqualTo(((string?)null, "alexa-skill-function", (string?)null, StepRig.SkillId)));
    }

    [Test]
    public async Task Apply_RefusedBecauseAnEarlierGrantLanded_ReadsThePolicyOfThatQualifierAndSucceeds()
    {
        Refuse();
        Policy(Statement("alexa-skill-blue", "alexa-appkit.amazon.com", StepRig.SkillId));

        await _rig.ApplyAsync(new GrantAlexaTrigger("blue", null));

        Assert.That(StepRig.Sent<GetPolicyRequest>(_rig.Lambda).Single(), Is.EqualTo(new GetPolicyRequest { FunctionName = StepRig.FunctionName, Qualifier = "blue" }));
        Assert.That(_rig.Logger.Text, Does.Contain("the Alexa trigger on blue is already in place"));
    }

    [Test]
    public async Task Apply_OnTheFunctionRefusedBecauseAnEarlierGrantLanded_SaysItIsOnTheFunction()
    {
        Refuse();
        Policy(Statement("alexa-skill-function", "alexa-appkit.amazon.com", StepRig.SkillId));

        await _rig.ApplyAsync(new GrantAlexaTriggerOnFunction(null));

        Assert.That(StepRig.Sent<GetPolicyRequest>(_rig.Lambda).Single().Qualifier, Is.Null);
        Assert.That(_rig.Logger.Text, Does.Contain("the Alexa trigger on the function is already in place"));
    }

    [Test]
    public async Task Apply_RefusedWhileThePolicyAlsoHoldsOthers_FindsAlexasStatementAmongThem()
    {
        Refuse();
        Policy(Statement("events", "events.amazonaws.com", "") + "," + Statement("alexa-skill-blue", "alexa-appkit.amazon.com", StepRig.SkillId));

        await _rig.ApplyAsync(new GrantAlexaTrigger("blue", null));

        Assert.That(_rig.Logger.Text, Does.Contain("the Alexa trigger on blue is already in place"));
    }

    [TestCase("alexa-appkit.amazon.com", "amzn1.ask.skill.another")]
    [TestCase("events.amazonaws.com", StepRig.SkillId)]
    public void Apply_RefusedWhileThePolicyLetsOnlySomeoneElseIn_PassesTheRefusalOn(string principal, string skill)
    {
        var refusal = Refuse();
        Policy(Statement("alexa-skill-blue", principal, skill));

        Assert.That(Assert.ThrowsAsync<LambdaException>(() => _rig.ApplyAsync(new GrantAlexaTrigger("blue", null))), Is.SameAs(refusal));
    }

    [Test]
    public void Apply_RefusedWhileTheQualifierHasNoPolicy_PassesTheRefusalOn()
    {
        var refusal = Refuse();
        _rig.Lambda.GetPolicyAsync(default!, default).ReturnsForAnyArgs(Task.FromException<GetPolicyResponse>(Refusals.NotFound("Policy")));

        Assert.That(Assert.ThrowsAsync<LambdaException>(() => _rig.ApplyAsync(new GrantAlexaTrigger("blue", null))), Is.SameAs(refusal));
    }

    private LambdaException Refuse()
    {
        var refusal = Refusals.StatementExists("alexa-skill-blue");
        _rig.Lambda.AddPermissionAsync(default!, default).ReturnsForAnyArgs(Task.FromException<AddPermissionResponse>(refusal));
        return refusal;
    }

    private void Policy(string statement) =>
        _rig.Lambda.GetPolicyAsync(default!, default).ReturnsForAnyArgs(new GetPolicyResponse { Policy = $"{{\"Version\":\"2012-10-17\",\"Statement\":[{statement}]}}", RevisionId = "policy-rev-2" });

    private static string Statement(string sid, string principal, string skill) =>
        $"{{\"Sid\":\"{sid}\",\"Effect\":\"Allow\",\"Principal\":{{\"Service\":\"{principal}\"}},\"Action\":\"lambda:InvokeFunction\",\"Condition\":{{\"StringEquals\":{{\"lambda:EventSourceToken\":\"{skill}\"}}}}}}";
}
