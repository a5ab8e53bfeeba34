using System.Net;
using Amazon.Runtime;
using SkillRelease.Configuration;
using SkillRelease.Http;
using SkillRelease.Lambda;
using SkillRelease.Simulator;
using SkillRelease.Tests.Lambda.Support;

namespace SkillRelease.Tests.Lambda;

public sealed class LambdaClientSigningTests
{
    [Test]
    public async Task EveryCall_SignedWithAWrongSecret_IsRejectedAsAnInvalidSignature()
    {
        await using var lambda = await SimulatedLambda.StartAsync();
        using var client = new LambdaClient(SimulatedLambda.ClientOptions(lambda.Simulator, new BasicAWSCredentials(lambda.Simulator.Options.AccessKeyId, "not-the-secret-key-000000000000")));

        var error = Assert.ThrowsAsync<LambdaException>(() => client.GetFunctionAsync(new() { FunctionName = lambda.FunctionName }, CancellationToken.None));

        Assert.That(error!.ErrorCode, Is.EqualTo(LambdaErrorTypes.InvalidSignature));
        Assert.That(error.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(error.ServiceMessage, Does.StartWith("The request signature we calculated does not match the signature you provided."));
    }

    [Test]
    public async Task EveryCall_WithAnUnknownAccessKey_IsRejectedAsAnUnrecognizedClient()
    {
        await using var lambda = await SimulatedLambda.StartAsync();
        using var client = new LambdaClient(SimulatedLambda.ClientOptions(lambda.Simulator, new BasicAWSCredentials("AKIAUNKNOWN000000000", lambda.Simulator.Options.SecretAccessKey.Reveal())));

        var error = Assert.ThrowsAsync<LambdaException>(() => client.PublishVersionAsync(new() { FunctionName = lambda.FunctionName }, CancellationToken.None));

        Assert.That(error!.ErrorCode, Is.EqualTo("UnrecognizedClientException"));
        Assert.That(lambda.Simulator.Lambda.Snapshot().Versions, Is.Empty);
    }

    [Test]
    public async Task TraceLogs_OfAFullRelease_NeverShowTheSecretKeyOrTheSessionToken()
    {
        const string secret = "trace/secret/KEY+never/in/logs/0000000001";
        const string token = "FwoGZXIvYXdzEXAMPLEsessionTOKENneverINlogs";
        var logger = new CapturingLogger();
        var redactor = new SecretRedactor();
        await using var lambda = await SimulatedLambda.StartAsync(new SimulatorOptions { SecretAccessKey = new Secret(secret), LambdaUpdateDuration = TimeSpan.FromMilliseconds(30) });
        var options = SimulatedLambda.ClientOptions(lambda.Simulator, new SessionAWSCredentials(lambda.Simulator.Options.AccessKeyId, secret, token)) with
        {
            Logger = logger,
            Redactor = redactor,
        };
        using var client = new LambdaClient(options);

        await client.UpdateFunctionCodeAsync(new() { FunctionName = lambda.FunctionName, ZipFile = Zips.Package("traced") }, CancellationToken.None);
        await client.WaitUntilFunctionUpdatedAsync(lambda.FunctionName, CancellationToken.None);
        var version = await client.PublishVersionAsync(new() { FunctionName = lambda.FunctionName }, CancellationToken.None);
        await client.CreateAliasAsync(new() { FunctionName = lambda.FunctionName, Name = "live", FunctionVersion = version.Version }, CancellationToken.None);
        Assert.ThrowsAsync<LambdaException>(() => client.GetAliasAsync(new() { FunctionName = lambda.FunctionName, Name = "missing" }, CancellationToken.None));

        Assert.That(logger.Lines.Count(line => line.StartsWith("Trace", StringComparison.Ordinal)), Is.GreaterThanOrEqualTo(10));
        Assert.That(logger.Text, Does.Contain("/2015-03-31/functions/boston-info/versions"));
        Assert.That(logger.Text, Does.Not.Contain(secret).And.Not.Contain(Uri.EscapeDataString(secret)));
        Assert.That(logger.Text, Does.Not.Contain(token));
        Assert.That(redactor.Redact($"{secret} {token}"), Is.EqualTo($"{SecretRedactor.Mask} {SecretRedactor.Mask}"), "the client registered both with the redactor");
    }
}
