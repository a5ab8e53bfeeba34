using SkillRelease.Lambda;
using SkillRelease.Lambda.Model;

namespace SkillRelease.Simulator.Tests.Lambda;

/// <summary>What SMAPI asks before accepting a Lambda endpoint: may the Alexa Skills Kit invoke exactly this ARN for this skill?</summary>
public sealed class LambdaEndpointCheckTests
{
    private SkillSimulator _simulator = null!;
    private LambdaClient _client = null!;

    private string Arn => _simulator.Lambda.FunctionArn;

    private string Skill => _simulator.Options.SkillId;

    [SetUp]
    public async Task StartAsync()
    {
        _simulator = await SkillSimulator.StartAsync(new SimulatorOptions(), CancellationToken.None);
        _client = new LambdaClient(LambdaClientOptions.FromEnvironment(_simulator.ClientEnvironment.ToDictionary(e => e.Key, e => (string?)e.Value)));
        var version = await _client.PublishVersionAsync(new() { FunctionName = _simulator.Options.FunctionName }, CancellationToken.None);
        await _client.CreateAliasAsync(new() { FunctionName = _simulator.Options.FunctionName, Name = "live", FunctionVersion = version.Version }, CancellationToken.None);
    }

    [TearDown]
    public async Task StopAsync()
    {
        _client.Dispose();
        await _simulator.DisposeAsync();
    }

    [Test]
    public async Task TheFreshUnqualifiedFunction_IsNotInvocableUntilTheSkillIsGrantedAndThenByThatSkillOnly()
    {
        var before = _simulator.Lambda.WhyCannotInvoke(Arn, Skill);
        await _client.AddPermissionAsync(
            new() { FunctionName = _simulator.Options.FunctionName, StatementId = "alexa", Action = "lambda:InvokeFunction", Principal = "alexa-appkit.amazon.com", EventSourceToken = Skill },
            CancellationToken.None);

        Assert.That(before, Does.Contain("has no permission to invoke it"));
        Assert.That(_simulator.Lambda.WhyCannotInvoke(Arn, Skill), Is.Null);
        Assert.That(_simulator.Lambda.WhyCannotInvoke(Arn, "amzn1.ask.skill.another"), Does.Contain("has no permission to invoke it"));
    }

    [Test]
    public void AnAliasOrVersion_WithoutItsOwnPermission_IsNotInvocable()
    {
        Assert.That(_simulator.Lambda.WhyCannotInvoke(Arn + ":live", Skill), Does.StartWith($"The trigger setting for the Lambda {Arn}:live is invalid."));
        Assert.That(_simulator.Lambda.WhyCannotInvoke(Arn + ":1", Skill), Does.Contain("has no permission"));
    }

    [Test]
    public async Task AnAlias_WithTheSkillsPermission_IsInvocableButTheVersionBehindItIsNot()
    {
        await GrantAsync("live", Skill);

        Assert.That(_simulator.Lambda.WhyCannotInvoke(Arn + ":live", Skill), Is.Null);
        Assert.That(_simulator.Lambda.WhyCannotInvoke(Arn + ":1", Skill), Is.Not.Null);
    }

    [Test]
    public async Task APermissionForAnotherSkill_DoesNotCount()
    {
        await GrantAsync("live", "amzn1.ask.skill.someone-else");

        Assert.That(_simulator.Lambda.WhyCannotInvoke(Arn + ":live", Skill), Does.Contain("has no permission"));
    }

    [TestCase(":green", "the version or alias green does not exist")]
    [TestCase(":7", "the version or alias 7 does not exist")]
    public void AQualifierThatDoesNotExist_IsNamed(string suffix, string reason)
    {
        Assert.That(_simulator.Lambda.WhyCannotInvoke(Arn + suffix, Skill), Does.Contain(reason));
    }

    [TestCase("arn:aws:lambda:us-east-1:123456789012:function:other-skill")]
    [TestCase("arn:aws:lambda:us-east-1:123456789012:function:boston-info-old")]
    [TestCase("arn:aws:lambda:us-east-1:123456789012:function:boston-info-old:live")]
    [TestCase("arn:aws:lambda:eu-west-1:123456789012:function:boston-info")]
    [TestCase("https://example.com/skill")]
    public void AnotherFunctionOrAnHttpsEndpoint_DoesNotExistHere(string endpoint)
    {
        Assert.That(_simulator.Lambda.WhyCannotInvoke(endpoint, Skill), Does.Contain("the function does not exist"));
    }

    private Task<AddPermissionResponse> GrantAsync(string qualifier, string skillId) => _client.AddPermissionAsync(
        new()
        {
            FunctionName = _simulator.Options.FunctionName, Qualifier = qualifier, StatementId = "alexa-" + qualifier, Action = "lambda:InvokeFunction",
            Principal = "alexa-appkit.amazon.com", EventSourceToken = skillId,
        },
        CancellationToken.None);
}
