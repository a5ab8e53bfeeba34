using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Time.Testing;
using SkillRelease.Http;
using SkillRelease.Tests.Http.Support;

namespace SkillRelease.Tests.Http;

/// <summary>
/// The rules of <see cref="RetryRules"/> as Polly runs them, against a scripted transport on a clock only the test
/// moves: what the swap to a library could have broken (which answers retry, <c>Retry-After</c> in both forms,
/// one-shot and guarded calls, cancellation, the two timeouts, a fresh request per attempt).
/// </summary>
public sealed class RetryRulesTests
{
    private static readonly RetryPolicy Policy = new()
    {
        MaxAttempts = 3, BaseDelay = TimeSpan.FromSeconds(1), MaxDelay = TimeSpan.FromSeconds(30),
        AttemptTimeout = TimeSpan.FromSeconds(10), TotalTimeout = TimeSpan.FromMinutes(2), Jitter = () => 0,
    };

    private static readonly Uri Address = new("http://127.0.0.1:9/2015-03-31/functions/f/versions");

    [TestCase(HttpStatusCode.TooManyRequests)]
    [TestCase(HttpStatusCode.InternalServerError)]
    [TestCase(HttpStatusCode.ServiceUnavailable)]
    public async Task Send_AfterOneTransientAnswer_RetriesAndReturnsTheNextAnswer(HttpStatusCode status)
    {
        // Given
        var transport = new AttemptScript(AttemptScript.Answer(new(status)), AttemptScript.Answer(new(HttpStatusCode.OK)));

        // When
        using var response = await SendAsync(transport, new FakeTimeProvider(), Request(HttpMethod.Get));

        // Then
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(transport.Sent, Has.Count.EqualTo(2));
    }

    [TestCase(HttpStatusCode.Conflict)]
    [TestCase(HttpStatusCode.PreconditionFailed)]
    [TestCase(HttpStatusCode.BadRequest)]
    [TestCase(HttpStatusCode.RequestTimeout)]
    public async Task Send_GuardedWriteAnsweredWithAClientError_ReturnsItAtOnce(HttpStatusCode status)
    {
        // Given: a write guarded by If-Match that lost its race (412), or any other 4xx
        var transport = new AttemptScript(AttemptScript.Answer(new(status)), AttemptScript.Answer(new(HttpStatusCode.OK)));
        var request = Request(HttpMethod.Put, "{\"revision\":\"r1\"}");
        request.Headers.TryAddWithoutValidation("If-Match", "\"r1\"");

        // When
        using var response = await SendAsync(transport, new FakeTimeProvider(), request);

        // Then
        Assert.That(response.StatusCode, Is.EqualTo(status));
        Assert.That(transport.Sent, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Send_OneShotPostThatFailsOnTheServer_IsSentOnce()
    {
        // Given
        var transport = new AttemptScript(AttemptScript.Answer(new(HttpStatusCode.ServiceUnavailable)), AttemptScript.Answer(new(HttpStatusCode.OK)));
        var request = Request(HttpMethod.Post, "{}");
        request.Options.Set(RequestOptionKeys.NotRetryable, true);

        // When
        using var response = await SendAsync(transport, new FakeTimeProvider(), request);

        // Then
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(transport.Sent, Has.Count.EqualTo(1));
    }

    [Test]
    public void Send_OneShotPostWhoseConnectionDrops_IsSentOnceAndSaysTheWriteMayHaveLanded()
    {
        // Given
        var transport = new AttemptScript(
            AttemptScript.Fail(new HttpRequestException(HttpRequestError.ResponseEnded, "ended")), AttemptScript.Answer(new(HttpStatusCode.OK)));
        var request = Request(HttpMethod.Post, "{}");
        request.Options.Set(RequestOptionKeys.NotRetryable, true);

        // When
        var error = Assert.ThrowsAsync<HttpRequestException>(() => SendAsync(transport, new FakeTimeProvider(), request));

        // Then
        Assert.That(error!.Message, Does.Contain("the change may have been applied all the same").And.Contain("1 attempt(s)"));
        Assert.That(transport.Sent, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Send_ThrottledWithRetryAfterAsADate_WaitsUntilThatDateOnTheClientsClock()
    {
        // Given: the server asks for 7 s as an HTTP date, on a clock far from the machine's
        var clock = new FakeTimeProvider(new DateTimeOffset(2031, 3, 4, 5, 6, 7, TimeSpan.Zero));
        var throttled = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        throttled.Headers.RetryAfter = new RetryConditionHeaderValue(clock.GetUtcNow().AddSeconds(7));
        var transport = new AttemptScript(AttemptScript.Answer(throttled), AttemptScript.Answer(new(HttpStatusCode.OK)));

        // When
        var sending = SendAsync(transport, clock, Request(HttpMethod.Get));
        await WaitForAsync(() => transport.Sent.Count == 1);
        clock.Advance(TimeSpan.FromSeconds(6));
        await Task.Delay(50);
        var retriedEarly = transport.Sent.Count > 1;
        clock.Advance(TimeSpan.FromSeconds(1));
        using var response = await sending;

        // Then
        Assert.That(retriedEarly, Is.False, "the retry waited for the date the server named");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(transport.Sent, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task Send_ThrottledWithRetryAfterInSeconds_WaitsThatLong()
    {
        // Given
        var clock = new FakeTimeProvider();
        var throttled = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        throttled.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(4));
        var transport = new AttemptScript(AttemptScript.Answer(throttled), AttemptScript.Answer(new(HttpStatusCode.OK)));

        // When
        var sending = SendAsync(transport, clock, Request(HttpMethod.Get));
        await WaitForAsync(() => transport.Sent.Count == 1);
        clock.Advance(TimeSpan.FromSeconds(3.9));
        await Task.Delay(50);
        var retriedEarly = transport.Sent.Count > 1;
        clock.Advance(TimeSpan.FromSeconds(0.1));
        using var response = await sending;

        // Then
        Assert.That(retriedEarly, Is.False);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Send_CancelledDuringTheWaitBeforeARetry_StopsAtOnceWithoutRetrying()
    {
        // Given: a throttled answer that asks for a long wait
        var throttled = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        throttled.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(20));
        var transport = new AttemptScript(AttemptScript.Answer(throttled), AttemptScript.Answer(new(HttpStatusCode.OK)));
        using var cancellation = new CancellationTokenSource();

        // When
        var sending = SendAsync(transport, new FakeTimeProvider(), Request(HttpMethod.Get), Policy, cancellation.Token);
        await WaitForAsync(() => transport.Sent.Count == 1);
        await cancellation.CancelAsync();

        // Then
        Assert.That(async () => await sending, Throws.InstanceOf<OperationCanceledException>());
        Assert.That(transport.Sent, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Send_EveryAttemptTimingOut_ThrowsATimeoutNamingTheAttemptLimitAndCount()
    {
        // Given
        var clock = new FakeTimeProvider();
        var transport = new AttemptScript(AttemptScript.Hang(), AttemptScript.Hang(), AttemptScript.Hang());

        // When
        var sending = SendAsync(transport, clock, Request(HttpMethod.Get));
        for (var attempt = 1; attempt <= Policy.MaxAttempts; attempt++)
        {
            await WaitForAsync(() => transport.Sent.Count == attempt);
            clock.Advance(Policy.AttemptTimeout);
        }

        // Then
        var error = Assert.ThrowsAsync<TimeoutException>(() => sending);
        Assert.That(error!.Message, Is.EqualTo("GET http://127.0.0.1:9/2015-03-31/functions/f/versions did not answer within 10 s (3 attempt(s))"));
    }

    [Test]
    public async Task Send_ThrottledForLongerThanTheTotalTimeout_GivesUpAtTheTotalTimeout()
    {
        // Given: every answer asks for the longest wait, and the call may take 25 s in all
        var clock = new FakeTimeProvider();
        var policy = Policy with { MaxAttempts = 10, MaxDelay = TimeSpan.FromSeconds(20), TotalTimeout = TimeSpan.FromSeconds(25) };
        var transport = new AttemptScript(Enumerable.Range(0, 10).Select(_ => AttemptScript.Answer(Throttled(TimeSpan.FromSeconds(20)))).ToArray());

        // When
        var sending = SendAsync(transport, clock, Request(HttpMethod.Get), policy, CancellationToken.None);
        await WaitForAsync(() => transport.Sent.Count == 1);
        clock.Advance(TimeSpan.FromSeconds(20));
        await WaitForAsync(() => transport.Sent.Count == 2);
        clock.Advance(TimeSpan.FromSeconds(5));

        // Then
        var error = Assert.ThrowsAsync<TimeoutException>(() => sending);
        Assert.That(error!.Message, Does.Contain("did not answer within 25 s (2 attempt(s))"));
        Assert.That(transport.Sent, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task Send_RetriedWrite_SendsEachAttemptAsAFreshCopyWithTheSameBody()
    {
        // Given: a handler further in that marks each request it sees, as SigV4 signing does
        var transport = new AttemptScript(AttemptScript.Answer(new(HttpStatusCode.InternalServerError)), AttemptScript.Answer(new(HttpStatusCode.OK)));
        var request = Request(HttpMethod.Put, "{\"code\":1}");

        // When
        using var response = await SendAsync(new Signing(transport), new FakeTimeProvider(), request);

        // Then
        Assert.That(transport.Sent.Select(sent => sent.Body), Is.EqualTo(new[] { "{\"code\":1}", "{\"code\":1}" }));
        Assert.That(transport.Sent.Select(sent => sent.Request.Headers.GetValues("Authorization").Count()), Is.EqualTo(new[] { 1, 1 }), "one signature per attempt");
        Assert.That(transport.Sent[0].Request, Is.Not.SameAs(transport.Sent[1].Request));
        Assert.That(request.Headers.Contains("Authorization"), Is.False, "the client's request is left as it built it");
    }

    private static HttpResponseMessage Throttled(TimeSpan retryAfter)
    {
        var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(retryAfter);
        return response;
    }

    private static HttpRequestMessage Request(HttpMethod method, string? body = null) =>
        new(method, Address) { Content = body is null ? null : new StringContent(body) };

    private static Task<HttpResponseMessage> SendAsync(HttpMessageHandler transport, TimeProvider clock, HttpRequestMessage request) =>
        SendAsync(transport, clock, request, Policy, CancellationToken.None);

    private static async Task<HttpResponseMessage> SendAsync(HttpMessageHandler transport, TimeProvider clock, HttpRequestMessage request,
        RetryPolicy policy, CancellationToken cancellationToken)
    {
        using var invoker = new HttpMessageInvoker(RetryRules.Around(transport, policy, clock));
        return await invoker.SendAsync(request, cancellationToken);
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var waited = 0; !condition(); waited += 10)
        {
            Assert.That(waited, Is.LessThan(30_000), "the expected attempt never came");
            await Task.Delay(10);
        }
    }

    /// <summary>Adds a header to each request it passes on, as a signer does.</summary>
    private sealed class Signing(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.TryAddWithoutValidation("Authorization", "AWS4-HMAC-SHA256 signature");
            return base.SendAsync(request, cancellationToken);
        }
    }
}
