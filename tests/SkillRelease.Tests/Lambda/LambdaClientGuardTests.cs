using System.Net;
using System.Text.Json.Nodes;
using BasicAWSCredentials = Amazon.Runtime.BasicAWSCredentials;
using SkillRelease.Http;
using SkillRelease.Lambda;
using SkillRelease.Lambda.Model;
using SkillRelease.Tests.Support;

namespace SkillRelease.Tests.Lambda;

/// <summary>
/// Every write carries the guard it was given (RevisionId, CodeSha256) where Lambda reads it, leaves it out when it
/// has none, and a refused guard comes back as a typed error, sent once (lambda-contract.md §1).
/// </summary>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class LambdaClientGuardTests
{
    private const string Function = "/2015-03-31/functions/boston-info";

    private readonly ScriptedTransport _transport = new();

    [Test]
    public async Task UpdateAlias_SendsTheRevisionIdAndRoutingInTheBody()
    {
        _transport.Answer(HttpStatusCode.OK, """{"Name":"blue","FunctionVersion":"7","RevisionId":"rev-2"}""");

        var updated = await Client().UpdateAliasAsync(new UpdateAliasRequest
        {
            FunctionName = "boston-info", Name = "blue", FunctionVersion = "7", Description = "release=v1.4.0", RevisionId = "rev-1",
            RoutingConfig = new AliasRoutingConfiguration { AdditionalVersionWeights = new Dictionary<string, double> { ["8"] = 0.1 } },
        }, CancellationToken.None);

        Assert.That(updated.RevisionId, Is.EqualTo("rev-2"));
        AssertSent("PUT", Function + "/aliases/blue", """{"FunctionVersion":"7","Description":"release=v1.4.0","RoutingConfig":{"AdditionalVersionWeights":{"8":0.1}},"RevisionId":"rev-1"}""");
    }

    [Test]
    public async Task CreateAlias_SendsNameVersionAndDescription_AndNoRoutingWhenItHasNone()
    {
        _transport.Answer(HttpStatusCode.Created, """{"Name":"blue","FunctionVersion":"7","RevisionId":"rev-1"}""");

        var created = await Client().CreateAliasAsync(new CreateAliasRequest { FunctionName = "boston-info", Name = "blue", FunctionVersion = "7", Description = "release=v1.4.0" }, CancellationToken.None);

        Assert.That(created.RevisionId, Is.EqualTo("rev-1"));
        AssertSent("POST", Function + "/aliases", """{"Name":"blue","FunctionVersion":"7","Description":"release=v1.4.0"}""");
    }

    [Test]
    public async Task UpdateFunctionCode_SendsTheZipTheRevisionIdAndTheArchitecture()
    {
        _transport.Answer(HttpStatusCode.OK, """{"CodeSha256":"c2hh","RevisionId":"rev-2"}""");

        var stored = await Client().UpdateFunctionCodeAsync(
            new UpdateFunctionCodeRequest { FunctionName = "boston-info", ZipFile = [1, 2, 3], RevisionId = "rev-1", Architectures = ["arm64"] }, CancellationToken.None);

        Assert.That(stored.CodeSha256, Is.EqualTo("c2hh"));
        AssertSent("PUT", Function + "/code", """{"ZipFile":"AQID","RevisionId":"rev-1","Architectures":["arm64"]}""");
    }

    [Test]
    public async Task UpdateFunctionConfiguration_SendsTheSettingsAndTheRevisionId()
    {
        _transport.Answer(HttpStatusCode.OK, """{"RevisionId":"rev-2"}""");

        await Client().UpdateFunctionConfigurationAsync(new UpdateFunctionConfigurationRequest
        {
            FunctionName = "boston-info", Runtime = "dotnet10", Handler = "h", MemorySize = 512, Timeout = 10, RevisionId = "rev-1",
            Environment = new FunctionEnvironment { Variables = new Dictionary<string, string> { ["CITY"] = "Boston" } },
        }, CancellationToken.None);

        AssertSent("PUT", Function + "/configuration", """{"Runtime":"dotnet10","Handler":"h","MemorySize":512,"Timeout":10,"Environment":{"Variables":{"CITY":"Boston"}},"RevisionId":"rev-1"}""");
    }

    [Test]
    public async Task PublishVersion_SendsTheCodeSha256AndRevisionIdGuards()
    {
        _transport.Answer(HttpStatusCode.Created, """{"Version":"7"}""");

        var published = await Client().PublishVersionAsync(
            new PublishVersionRequest { FunctionName = "boston-info", CodeSha256 = "c2hh", Description = "v1.4.0", RevisionId = "rev-1" }, CancellationToken.None);

        Assert.That(published.Version, Is.EqualTo("7"));
        AssertSent("POST", Function + "/versions", """{"CodeSha256":"c2hh","Description":"v1.4.0","RevisionId":"rev-1"}""");
    }

    [Test]
    public async Task AddPermission_SendsThePolicysRevisionIdInTheBodyAndTheQualifierInTheQuery()
    {
        _transport.Answer(HttpStatusCode.Created, """{"Statement":"{}"}""");

        await Client().AddPermissionAsync(new AddPermissionRequest
        {
            FunctionName = "boston-info", Qualifier = "blue", StatementId = "alexa-skill-blue", Action = "lambda:InvokeFunction",
            Principal = "alexa-appkit.amazon.com", EventSourceToken = "amzn1.ask.skill.1", RevisionId = "policy-rev",
        }, CancellationToken.None);

        AssertSent("POST", Function + "/policy?Qualifier=blue",
            """{"StatementId":"alexa-skill-blue","Action":"lambda:InvokeFunction","Principal":"alexa-appkit.amazon.com","EventSourceToken":"amzn1.ask.skill.1","RevisionId":"policy-rev"}""");
    }

    [Test]
    public async Task RemovePermission_SendsThePolicysRevisionIdInTheQuery()
    {
        _transport.Answer(HttpStatusCode.NoContent);

        await Client().RemovePermissionAsync(
            new RemovePermissionRequest { FunctionName = "boston-info", Qualifier = "blue", StatementId = "alexa skill", RevisionId = "policy-rev" }, CancellationToken.None);

        AssertSent("DELETE", Function + "/policy/alexa%20skill?Qualifier=blue&RevisionId=policy-rev", null);
    }

    [Test]
    public async Task Writes_WithoutAGuard_LeaveItOut()
    {
        _transport.Answer(HttpStatusCode.OK, """{"Name":"blue"}""").Answer(HttpStatusCode.NoContent);

        await Client().UpdateAliasAsync(new UpdateAliasRequest { FunctionName = "boston-info", Name = "blue", FunctionVersion = "7" }, CancellationToken.None);
        await Client().RemovePermissionAsync(new RemovePermissionRequest { FunctionName = "boston-info", StatementId = "alexa-skill-function" }, CancellationToken.None);

        Assert.That(_transport.Sent.Select(s => (s.PathAndQuery, s.Body)), Is.EqualTo(new[]
        {
            (Function + "/aliases/blue", (string?)"""{"FunctionVersion":"7"}"""),
            (Function + "/policy/alexa-skill-function", null),
        }));
    }

    [TestCase(HttpStatusCode.PreconditionFailed, "PreconditionFailedException", true, false)]
    [TestCase(HttpStatusCode.Conflict, "ResourceConflictException", false, true)]
    [TestCase(HttpStatusCode.NotFound, "ResourceNotFoundException", false, false)]
    public void AGuardRefusal_IsATypedErrorWithTheServicesWords_AndIsNotRetried(HttpStatusCode status, string type, bool stale, bool conflict)
    {
        _transport.Answer(status, """{"Type":"User","message":"The Revision Id provided does not match"}""", ("X-Amzn-ErrorType", type + ":http://internal.amazon.com/coral/"), ("x-amzn-RequestId", "req-9"));

        var error = Assert.ThrowsAsync<LambdaException>(() => Client().UpdateAliasAsync(
            new UpdateAliasRequest { FunctionName = "boston-info", Name = "blue", FunctionVersion = "7", RevisionId = "rev-old" }, CancellationToken.None));

        Assert.That((error!.ErrorCode, error.StatusCode, error.RequestId, error.ServiceMessage), Is.EqualTo((type, status, "req-9", "The Revision Id provided does not match")));
        Assert.That((error.IsPreconditionFailed, error.IsConflict, error.IsNotFound), Is.EqualTo((stale, conflict, status == HttpStatusCode.NotFound)));
        Assert.That(error.Message, Is.EqualTo($"Lambda {type} ({(int)status}): The Revision Id provided does not match"));
        Assert.That(_transport.Sent, Has.Count.EqualTo(1));
    }

    [Test]
    public void ASuccessWithoutABody_IsAServiceError()
    {
        _transport.Answer(HttpStatusCode.OK, "null");

        var error = Assert.ThrowsAsync<LambdaException>(() => Client().GetAliasAsync(new GetAliasRequest { FunctionName = "boston-info", Name = "blue" }, CancellationToken.None));

        Assert.That((error!.ErrorCode, error.ServiceMessage), Is.EqualTo((LambdaErrorTypes.Service, $"GET {Function}/aliases/blue answered 200 with an empty body.")));
    }

    private LambdaClient Client() => new(new LambdaClientOptions
    {
        Region = "us-east-1",
        Endpoint = new Uri("http://127.0.0.1:9/"),
        Credentials = new BasicAWSCredentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"),
        Transport = _transport,
        RetryPolicy = new RetryPolicy { BaseDelay = TimeSpan.Zero, MaxDelay = TimeSpan.Zero },
    });

    private void AssertSent(string method, string pathAndQuery, string? body)
    {
        var sent = _transport.Sent.Single();
        Assert.That((sent.Method, sent.PathAndQuery), Is.EqualTo((method, pathAndQuery)));
        Assert.That(sent.Body is null ? null : JsonNode.Parse(sent.Body)!.ToJsonString(), Is.EqualTo(body is null ? null : JsonNode.Parse(body)!.ToJsonString()));
    }
}
