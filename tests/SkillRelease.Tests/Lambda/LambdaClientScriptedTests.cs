using System.Net;
using System.Text.Json.Nodes;
using SkillRelease.Lambda;
using SkillRelease.Lambda.Model;
using SkillRelease.Tests.Support;
using BasicAWSCredentials = Amazon.Runtime.BasicAWSCredentials;

namespace SkillRelease.Tests.Lambda;

/// <summary>
/// The client's reads on a scripted transport: paths and queries, every page followed, and the update waiter's pace
/// and verdicts, in milliseconds (the simulator and moto suites check the same against servers, in minutes).
/// </summary>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class LambdaClientScriptedTests
{
    private const string Function = "/2015-03-31/functions/boston-info";

    private readonly ScriptedTransport _transport = new();

    [Test]
    public async Task ListVersions_FollowsEveryMarker_AndStopsAtAnEmptyOne()
    {
        _transport.Answer(HttpStatusCode.OK, """{"Versions":[{"Version":"$LATEST"},{"Version":"1"}],"NextMarker":"m 2"}""")
            .Answer(HttpStatusCode.OK, """{"NextMarker":"m3"}""")
            .Answer(HttpStatusCode.OK, """{"Versions":[{"Version":"2"}],"NextMarker":""}""");

        var versions = await Client().ListVersionsByFunctionAsync(new ListVersionsByFunctionRequest { FunctionName = "boston-info" }, CancellationToken.None);

        Assert.That(versions.Versions.Select(v => v.Version), Is.EqualTo(new[] { "$LATEST", "1", "2" }));
        Assert.That(Paths(), Is.EqualTo(new[] { Function + "/versions", Function + "/versions?Marker=m%202", Function + "/versions?Marker=m3" }));
    }

    [Test]
    public async Task ListAliases_OfOneVersion_FollowsEveryMarker()
    {
        _transport.Answer(HttpStatusCode.OK, """{"Aliases":[{"Name":"blue"}],"NextMarker":"m2"}""").Answer(HttpStatusCode.OK, """{"Aliases":[{"Name":"green"}]}""");

        var aliases = await Client().ListAliasesAsync(new ListAliasesRequest { FunctionName = "boston-info", FunctionVersion = "7" }, CancellationToken.None);

        Assert.That(aliases.Aliases.Select(a => a.Name), Is.EqualTo(new[] { "blue", "green" }));
        Assert.That(Paths(), Is.EqualTo(new[] { Function + "/aliases?FunctionVersion=7", Function + "/aliases?FunctionVersion=7&Marker=m2" }));
    }

    [Test]
    public async Task Reads_NameTheirResourceAndQualifier()
    {
        _transport.Answer(HttpStatusCode.OK, """{"Configuration":{"Version":"7"}}""")
            .Answer(HttpStatusCode.OK, """{"Version":"$LATEST"}""")
            .Answer(HttpStatusCode.OK, """{"Name":"blue"}""")
            .Answer(HttpStatusCode.OK, """{"Policy":"{}","RevisionId":"p1"}""")
            .Answer(HttpStatusCode.NoContent);
        var client = Client();

        await client.GetFunctionAsync(new GetFunctionRequest { FunctionName = "boston-info", Qualifier = "blue" }, CancellationToken.None);
        await client.GetFunctionConfigurationAsync(new GetFunctionConfigurationRequest { FunctionName = "boston-info" }, CancellationToken.None);
        await client.GetAliasAsync(new GetAliasRequest { FunctionName = "boston-info", Name = "blue" }, CancellationToken.None);
        await client.GetPolicyAsync(new GetPolicyRequest { FunctionName = "boston-info:blue" }, CancellationToken.None);
        await client.DeleteAliasAsync(new DeleteAliasRequest { FunctionName = "boston-info", Name = "blue" }, CancellationToken.None);

        Assert.That(_transport.Sent.Select(s => $"{s.Method} {s.PathAndQuery}"), Is.EqualTo(new[]
        {
            $"GET {Function}?Qualifier=blue",
            $"GET {Function}/configuration",
            $"GET {Function}/aliases/blue",
            "GET /2015-03-31/functions/boston-info%3Ablue/policy",
            $"DELETE {Function}/aliases/blue",
        }));
    }

    [TestCase("")]
    [TestCase(" ")]
    public void Calls_WithoutAFunctionOrAliasName_AreRefusedBeforeSending(string name)
    {
        Assert.ThrowsAsync<ArgumentException>(() => Client().GetFunctionAsync(new GetFunctionRequest { FunctionName = name }, CancellationToken.None));
        Assert.ThrowsAsync<ArgumentException>(() => Client().GetAliasAsync(new GetAliasRequest { FunctionName = "boston-info", Name = name }, CancellationToken.None));
        Assert.ThrowsAsync<ArgumentException>(() => Client().RemovePermissionAsync(new RemovePermissionRequest { FunctionName = "boston-info", StatementId = name }, CancellationToken.None));
        Assert.ThrowsAsync<ArgumentException>(() => Client().WaitUntilFunctionUpdatedAsync(name, CancellationToken.None));
        Assert.That(_transport.Sent, Is.Empty);
    }

    [Test]
    public async Task WaitUntilFunctionUpdated_PollsUntilTheUpdateSucceeds()
    {
        Status(LastUpdateStatuses.InProgress).Status(null).Status(LastUpdateStatuses.Successful, "rev-settled");

        var settled = await Client().WaitUntilFunctionUpdatedAsync("boston-info", CancellationToken.None);

        Assert.That(settled.RevisionId, Is.EqualTo("rev-settled"));
        Assert.That(Paths(), Is.EqualTo(Enumerable.Repeat(Function, 3)));
    }

    [Test]
    public void WaitUntilFunctionUpdated_WhenTheUpdateFails_SaysWhyInLambdasWords()
    {
        _transport.Answer(HttpStatusCode.OK, """{"Configuration":{"LastUpdateStatus":"Failed","LastUpdateStatusReasonCode":"InvalidRuntime","LastUpdateStatusReason":"The runtime is not supported."}}""");

        var error = Assert.ThrowsAsync<LambdaException>(() => Client().WaitUntilFunctionUpdatedAsync("boston-info", CancellationToken.None));

        Assert.That((error!.ErrorCode, error.ServiceMessage, error.StatusCode), Is.EqualTo(("InvalidRuntime", "The runtime is not supported.", HttpStatusCode.OK)));
    }

    [Test]
    public void WaitUntilFunctionUpdated_WhenTheUpdateFailsWithoutAReason_SaysWhichFunction()
    {
        Status(LastUpdateStatuses.Failed);

        var error = Assert.ThrowsAsync<LambdaException>(() => Client().WaitUntilFunctionUpdatedAsync("boston-info", CancellationToken.None));

        Assert.That((error!.ErrorCode, error.ServiceMessage), Is.EqualTo((LambdaErrorTypes.FunctionUpdateFailed, "The last update of boston-info failed.")));
    }

    [Test]
    public void WaitUntilFunctionUpdated_GivesUpAfterItsLastCheck()
    {
        Status(LastUpdateStatuses.InProgress).Status(LastUpdateStatuses.InProgress).Status(LastUpdateStatuses.InProgress);

        var error = Assert.ThrowsAsync<TimeoutException>(() => Client().WaitUntilFunctionUpdatedAsync("boston-info", CancellationToken.None));

        Assert.That(error!.Message, Is.EqualTo("boston-info was still InProgress after 3 checks 0.002 s apart."));
        Assert.That(_transport.Sent, Has.Count.EqualTo(3));
    }

    private LambdaClientScriptedTests Status(string? status, string? revisionId = null)
    {
        var configuration = new JsonObject { ["LastUpdateStatus"] = status, ["RevisionId"] = revisionId };
        _transport.Answer(HttpStatusCode.OK, new JsonObject { ["Configuration"] = configuration }.ToJsonString());
        return this;
    }

    private IEnumerable<string> Paths() => _transport.Sent.Select(s => s.PathAndQuery);

    private LambdaClient Client() => new(new LambdaClientOptions
    {
        Region = "us-east-1",
        Endpoint = new Uri("http://127.0.0.1:9/"),
        Credentials = new BasicAWSCredentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"),
        Transport = _transport,
        // Short real waits: the waits' lengths are not what these tests check.
        WaiterInterval = TimeSpan.FromMilliseconds(2),
        WaiterMaxAttempts = 3,
    });
}
