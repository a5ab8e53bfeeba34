using SkillRelease.Http;
using SkillRelease.Lambda;
using SkillRelease.Tests.Lambda.Support;

namespace SkillRelease.Tests.Lambda;

/// <summary>
/// With no credentials in the options the client uses the SDK's standard chain, resolved on the first call: the
/// environment's key pair, or GitHub-OIDC-style web identity exchanged at STS (moto's STS here).
/// </summary>
[NonParallelizable]
public sealed class LambdaClientCredentialChainTests
{
    private static readonly Dictionary<string, string?> NoAwsSettings = new()
    {
        ["AWS_ACCESS_KEY_ID"] = null, ["AWS_SECRET_ACCESS_KEY"] = null, ["AWS_SESSION_TOKEN"] = null, ["AWS_PROFILE"] = null,
        ["AWS_WEB_IDENTITY_TOKEN_FILE"] = null, ["AWS_ROLE_ARN"] = null, ["AWS_ROLE_SESSION_NAME"] = null, ["AWS_ENDPOINT_URL_STS"] = null,
        ["AWS_CONFIG_FILE"] = "/nonexistent", ["AWS_SHARED_CREDENTIALS_FILE"] = "/nonexistent", ["AWS_EC2_METADATA_DISABLED"] = "true",
    };

    [Test]
    public async Task WithoutCredentials_TheEnvironmentsKeyPairSignsTheCalls()
    {
        await using var lambda = await SimulatedLambda.StartAsync();
        using var environment = new EnvironmentScope(new Dictionary<string, string?>(NoAwsSettings)
        {
            ["AWS_ACCESS_KEY_ID"] = lambda.Simulator.Options.AccessKeyId,
            ["AWS_SECRET_ACCESS_KEY"] = lambda.Simulator.Options.SecretAccessKey.Reveal(),
        });
        var redactor = new SecretRedactor();
        using var client = new LambdaClient(SimulatedLambda.ClientOptions(lambda.Simulator, credentials: null) with { Redactor = redactor });

        var function = await client.GetFunctionAsync(new() { FunctionName = lambda.FunctionName }, CancellationToken.None);

        Assert.That(function.Configuration.FunctionName, Is.EqualTo(lambda.FunctionName));
        Assert.That(redactor.Redact(lambda.Simulator.Options.SecretAccessKey.Reveal()), Is.EqualTo(SecretRedactor.Mask));
    }

    [Test]
    public void Constructing_WithoutCredentials_ResolvesNothingYet()
    {
        using var environment = new EnvironmentScope(NoAwsSettings);

        Assert.DoesNotThrow(() => new LambdaClient(new LambdaClientOptions { Region = "us-east-1" }).Dispose());
    }

    [Test]
    public async Task WithoutCredentials_AWebIdentityTokenIsExchangedAtStsForSessionCredentials()
    {
        using var moto = await MotoServer.StartAsync();
        await moto.ResetAsync();
        var tokenFile = Path.Combine(Path.GetTempPath(), $"oidc-{Guid.NewGuid():N}.jwt");
        await File.WriteAllTextAsync(tokenFile, "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJyZXBvOmNpdHlvZmJvc3Rvbi9ib3N0b24taW5mbyJ9.c2lnbmF0dXJl");
        try
        {
            using var environment = new EnvironmentScope(new Dictionary<string, string?>(NoAwsSettings)
            {
                ["AWS_WEB_IDENTITY_TOKEN_FILE"] = tokenFile,
                ["AWS_ROLE_ARN"] = "arn:aws:iam::123456789012:role/boston-info-deployer",
                ["AWS_ROLE_SESSION_NAME"] = "github-actions",
                ["AWS_ENDPOINT_URL_STS"] = moto.Address.ToString(),
                ["AWS_REGION"] = MotoServer.Region,
            });
            var recorder = new RecordingHandler();
            var redactor = new SecretRedactor();
            using var client = new LambdaClient(new LambdaClientOptions { Region = MotoServer.Region, Endpoint = moto.Address, Transport = recorder, Redactor = redactor });

            var function = await client.GetFunctionAsync(new() { FunctionName = MotoServer.FunctionName }, CancellationToken.None);

            var signed = recorder.RequestHeaders.Single();
            Assert.That(function.Configuration.FunctionName, Is.EqualTo(MotoServer.FunctionName));
            Assert.That(signed["Authorization"], Does.Contain("Credential=ASIA"), "temporary credentials from STS");
            Assert.That(redactor.Redact(signed["X-Amz-Security-Token"]), Is.EqualTo(SecretRedactor.Mask));
        }
        finally
        {
            File.Delete(tokenFile);
        }
    }
}
