using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using SkillRelease.Simulator.Faults;

namespace SkillRelease.Simulator.Tests.Lambda;

/// <summary>The simulated Lambda's HTTP surface: status codes, request ids and error shapes as the real service sends them.</summary>
public sealed class LambdaWireTests
{
    private SkillSimulator _simulator = null!;
    private HttpClient _http = null!;

    [SetUp]
    public async Task StartAsync()
    {
        _simulator = await SkillSimulator.StartAsync(new SimulatorOptions { LambdaUpdateDuration = TimeSpan.FromMilliseconds(20) }, CancellationToken.None);
        _http = SignedLambdaHttp.Create(_simulator);
    }

    [TearDown]
    public async Task StopAsync()
    {
        _http.Dispose();
        await _simulator.DisposeAsync();
    }

    [Test]
    public async Task Writes_AnswerWithLambdasStatusCodesAndARequestIdEachTime()
    {
        var published = await _http.PostAsync("/2015-03-31/functions/boston-info/versions", Json("{}"));
        var aliased = await _http.PostAsync("/2015-03-31/functions/boston-info/aliases", Json("{\"Name\":\"live\",\"FunctionVersion\":\"1\"}"));
        var granted = await _http.PostAsync("/2015-03-31/functions/boston-info/policy?Qualifier=live",
            Json("{\"StatementId\":\"s\",\"Action\":\"lambda:InvokeFunction\",\"Principal\":\"alexa-appkit.amazon.com\"}"));
        var revoked = await _http.DeleteAsync("/2015-03-31/functions/boston-info/policy/s?Qualifier=live");
        var deleted = await _http.DeleteAsync("/2015-03-31/functions/boston-info/aliases/live");

        Assert.That(new[] { published, aliased, granted, revoked, deleted }.Select(r => r.StatusCode), Is.EqualTo(new[]
        {
            HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.NoContent, HttpStatusCode.NoContent,
        }));
        Assert.That(new[] { published, aliased, granted, revoked, deleted }.Select(RequestId).Distinct().Count(), Is.EqualTo(5));
    }

    [Test]
    public async Task Errors_CarryTheTypeHeaderTheUserBodyAndARequestId()
    {
        var missing = await _http.GetAsync("/2015-03-31/functions/boston-info/aliases/nope");
        var body = JsonNode.Parse(await missing.Content.ReadAsStringAsync())!;

        Assert.That(missing.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(missing.Headers.GetValues("X-Amzn-ErrorType").Single(), Is.EqualTo("ResourceNotFoundException"));
        Assert.That(body["Type"]!.GetValue<string>(), Is.EqualTo("User"));
        Assert.That(body["message"]!.GetValue<string>(), Is.EqualTo("Alias not found: arn:aws:lambda:us-east-1:123456789012:function:boston-info:nope"));
        Assert.That(RequestId(missing), Is.Not.Empty);
    }

    [Test]
    public async Task InjectedThrottle_IsAnsweredInLambdasShapeWithARequestId()
    {
        _simulator.Faults.FailCall("lambda:GetFunction", 1, Fault.Throttle);

        var throttled = await _http.GetAsync("/2015-03-31/functions/boston-info");

        Assert.That(throttled.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(throttled.Headers.GetValues("X-Amzn-ErrorType").Single(), Is.EqualTo("TooManyRequestsException"));
        Assert.That(RequestId(throttled), Is.Not.Empty);
    }

    [Test]
    public async Task AnUnsignedRequest_IsRefusedAndChangesNothing()
    {
        using var unsigned = new HttpClient { BaseAddress = _simulator.Address };

        var refused = await unsigned.PostAsync("/2015-03-31/functions/boston-info/versions", Json("{}"));

        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(refused.Headers.GetValues("X-Amzn-ErrorType").Single(), Is.EqualTo("MissingAuthenticationTokenException"));
        Assert.That(_simulator.Lambda.Snapshot().Versions, Is.Empty);
    }

    [TestCase("other-skill", "arn:aws:lambda:us-east-1:123456789012:function:other-skill")]
    [TestCase("arn%3Aaws%3Alambda%3Aus-east-1%3A999999999999%3Afunction%3Aboston-info", "arn:aws:lambda:us-east-1:999999999999:function:boston-info")]
    [TestCase("123456789012%3Afunction%3Aboston-info-old%3Alive", "arn:aws:lambda:us-east-1:123456789012:function:boston-info-old")]
    public async Task AFunctionThatDoesNotExist_IsNotFoundByItsArn(string functionName, string arn)
    {
        var missing = await _http.GetAsync($"/2015-03-31/functions/{functionName}/configuration");

        Assert.That(missing.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await missing.Content.ReadAsStringAsync(), Does.Contain($"Function not found: {arn}"));
    }

    [TestCase("arn%3Aaws%3Alambda%3Aus-east-1%3A123456789012%3Afunction%3Aboston-info")]
    [TestCase("123456789012%3Afunction%3Aboston-info%3A%24LATEST")]
    [TestCase("boston-info%3A%24LATEST")]
    public async Task TheFunction_IsFoundByNamePartialArnOrArn(string functionName)
    {
        var found = await _http.GetAsync($"/2015-03-31/functions/{functionName}/configuration");

        Assert.That(found.StatusCode, Is.EqualTo(HttpStatusCode.OK), await found.Content.ReadAsStringAsync());
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static string RequestId(HttpResponseMessage response) => response.Headers.GetValues("x-amzn-RequestId").Single();
}
