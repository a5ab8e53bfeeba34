using SkillRelease.Simulator.Sts;

namespace SkillRelease.Simulator.Tests.Sts;

/// <summary>
/// The AWS CLI (botocore 1.43, the Query protocol, signed for "sts") asks the simulated STS who it is, through the
/// simulator's own export lines (AWS_ENDPOINT_URL_STS), as docs/setup.md's first check does.
/// </summary>
public sealed class AwsCliStsTests
{
    private SkillSimulator _simulator = null!;

    [SetUp]
    public async Task StartAsync()
    {
        AwsCli.RequireInstalled();
        _simulator = await SkillSimulator.StartAsync(new SimulatorOptions(), CancellationToken.None);
    }

    [TearDown]
    public async Task StopAsync() => await _simulator.DisposeAsync();

    [Test]
    public async Task GetCallerIdentity_WithTheSimulatorsKeys_NamesTheAccountAndUser()
    {
        // Given
        var aws = new AwsCli(_simulator.ClientEnvironment);

        // When
        var (exitCode, output, errors) = await aws.StsAsync("get-caller-identity");

        // Then
        Assert.That(exitCode, Is.Zero, errors);
        Assert.That(output!["Account"]!.GetValue<string>(), Is.EqualTo(_simulator.Options.AccountId));
        Assert.That(output["Arn"]!.GetValue<string>(), Is.EqualTo($"arn:aws:iam::{_simulator.Options.AccountId}:user/{StsService.UserName}"));
        Assert.That(output["UserId"]!.GetValue<string>(), Is.EqualTo(StsService.UserId));
    }

    [Test]
    public async Task GetCallerIdentity_WithAnotherAccessKey_IsRefusedAsInvalidClientTokenId()
    {
        // Given
        var environment = new Dictionary<string, string>(_simulator.ClientEnvironment) { ["AWS_ACCESS_KEY_ID"] = "AKIANOTTHESIMULATOR1" };
        var aws = new AwsCli(environment);

        // When
        var (exitCode, _, errors) = await aws.StsAsync("get-caller-identity");

        // Then
        Assert.That(exitCode, Is.Not.Zero);
        Assert.That(errors, Does.Contain("InvalidClientTokenId").And.Contain("The security token included in the request is invalid"));
    }

    [Test]
    public async Task GetCallerIdentity_WithTheWrongSecret_IsRefusedAsSignatureDoesNotMatch()
    {
        // Given
        var environment = new Dictionary<string, string>(_simulator.ClientEnvironment) { ["AWS_SECRET_ACCESS_KEY"] = "not/the/simulators/secret" };
        var aws = new AwsCli(environment);

        // When
        var (exitCode, _, errors) = await aws.StsAsync("get-caller-identity");

        // Then
        Assert.That(exitCode, Is.Not.Zero);
        Assert.That(errors, Does.Contain("SignatureDoesNotMatch"));
    }
}
