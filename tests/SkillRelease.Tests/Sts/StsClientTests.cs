using System.Net;
using SkillRelease.Http;
using SkillRelease.Simulator;
using SkillRelease.Simulator.Sts;
using SkillRelease.Sts;
using SkillRelease.Tests.CloudWatch.Support;
using BasicAWSCredentials = Amazon.Runtime.BasicAWSCredentials;

namespace SkillRelease.Tests.Sts;

/// <summary>The STS client's wire: the Query protocol signed for "sts", the XML answer, errors in the service's words.</summary>
public sealed class StsClientTests
{
    [Test]
    public async Task GetCallerIdentity_SendsTheQueryProtocolSignedForSts()
    {
        // Given
        var transport = new ScriptedHandler((HttpStatusCode.OK, Identity("111122223333", "arn:aws:iam::111122223333:user/alice", "AIDAALICE")));
        using var client = Client(transport, "test-secret");

        // When
        var identity = await client.GetCallerIdentityAsync();

        // Then
        var (request, body) = transport.Requests.Single();
        Assert.That((request.Method, request.RequestUri!.AbsolutePath, body), Is.EqualTo((HttpMethod.Post, "/", "Action=GetCallerIdentity&Version=2011-06-15")));
        Assert.That(request.Content!.Headers.ContentType!.MediaType, Is.EqualTo("application/x-www-form-urlencoded"));
        Assert.That(request.Headers.GetValues("Authorization").Single(), Does.Contain("/us-east-1/sts/aws4_request"));
        Assert.That(identity, Is.EqualTo(new CallerIdentity("111122223333", "arn:aws:iam::111122223333:user/alice", "AIDAALICE")));
    }

    [Test]
    public async Task GetCallerIdentity_AgainstTheSimulator_NamesItsUser()
    {
        await using var simulator = await SkillSimulator.StartAsync(new SimulatorOptions(), CancellationToken.None);
        using var client = Client(simulator, simulator.Options.SecretAccessKey.Reveal());

        var identity = await client.GetCallerIdentityAsync();

        Assert.That(identity, Is.EqualTo(new CallerIdentity(simulator.Options.AccountId, $"arn:aws:iam::{simulator.Options.AccountId}:user/{StsService.UserName}", StsService.UserId)));
    }

    [Test]
    public async Task GetCallerIdentity_WithTheWrongSecret_ThrowsSignatureDoesNotMatchWithoutTheSecret()
    {
        await using var simulator = await SkillSimulator.StartAsync(new SimulatorOptions(), CancellationToken.None);
        using var client = Client(simulator, "not-the-simulators-secret");

        var error = Assert.ThrowsAsync<StsException>(() => client.GetCallerIdentityAsync());

        Assert.That((error!.ErrorCode, error.StatusCode), Is.EqualTo(("SignatureDoesNotMatch", HttpStatusCode.Forbidden)));
        Assert.That(error.RequestId, Is.Not.Null.And.Not.Empty);
        Assert.That(error.Message, Does.Not.Contain("not-the-simulators-secret"));
    }

    [Test]
    public void GetCallerIdentity_AnsweredWithAnHtmlPage_ThrowsKeepingTheRawText()
    {
        var transport = new ScriptedHandler((HttpStatusCode.BadGateway, "<html><body>502 Bad Gateway"));
        using var client = Client(transport, "test-secret");

        var error = Assert.ThrowsAsync<StsException>(() => client.GetCallerIdentityAsync());

        Assert.That((error!.ErrorCode, error.ServiceMessage), Is.EqualTo(("Http502", "<html><body>502 Bad Gateway")));
    }

    private static string Identity(string account, string arn, string userId) =>
        $"<GetCallerIdentityResponse xmlns=\"{StsWire.XmlNamespace}\"><GetCallerIdentityResult><Arn>{arn}</Arn><UserId>{userId}</UserId><Account>{account}</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>r-1</RequestId></ResponseMetadata></GetCallerIdentityResponse>";

    private static StsClient Client(HttpMessageHandler transport, string secret) => new(new StsClientOptions
    {
        Region = "us-east-1",
        Endpoint = new Uri("http://127.0.0.1:9"),
        Credentials = new BasicAWSCredentials("AKIATEST", secret),
        Transport = transport,
        RetryPolicy = new RetryPolicy { MaxAttempts = 1 },
    });

    private static StsClient Client(SkillSimulator simulator, string secret) => new(new StsClientOptions
    {
        Region = simulator.Options.Region,
        Endpoint = simulator.Address,
        Credentials = new BasicAWSCredentials(simulator.Options.AccessKeyId, secret),
        RetryPolicy = new RetryPolicy { MaxAttempts = 1 },
    });
}
