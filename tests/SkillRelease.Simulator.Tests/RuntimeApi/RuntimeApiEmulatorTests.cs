using System.Net;
using System.Text;
using SkillRelease.Simulator.RuntimeApi;

namespace SkillRelease.Simulator.Tests.RuntimeApi;

/// <summary>The emulator driven by a hand-written runtime: plain HTTP calls as runtime-api.yaml describes them.</summary>
public sealed class RuntimeApiEmulatorTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private RuntimeApiEmulator _emulator = null!;
    private HttpClient _runtime = null!;

    [SetUp]
    public async Task StartAsync()
    {
        _emulator = await RuntimeApiEmulator.StartAsync(new RuntimeApiOptions { InvokedFunctionArn = "arn:aws:lambda:us-east-1:123456789012:function:boston-info:blue" }, CancellationToken.None);
        _runtime = new HttpClient { BaseAddress = new Uri($"http://{_emulator.RuntimeApiAddress}/2018-06-01/") };
    }

    [TearDown]
    public async Task StopAsync()
    {
        _runtime.Dispose();
        await _emulator.DisposeAsync();
    }

    [Test]
    public async Task Next_HandsOutTheQueuedEventWithTheRuntimeHeaders()
    {
        var invoke = _emulator.InvokeAsync("{\"a\":1}"u8.ToArray(), Timeout, CancellationToken.None);

        using var next = await _runtime.GetAsync("runtime/invocation/next");

        Assert.That(next.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await next.Content.ReadAsStringAsync(), Is.EqualTo("{\"a\":1}"));
        Assert.That(Header(next, "Lambda-Runtime-Aws-Request-Id"), Is.Not.Empty);
        Assert.That(Header(next, "Lambda-Runtime-Invoked-Function-Arn"), Is.EqualTo("arn:aws:lambda:us-east-1:123456789012:function:boston-info:blue"));
        Assert.That(Header(next, "Lambda-Runtime-Trace-Id"), Does.Match("^Root=1-[0-9a-f]{8}-[0-9a-f]{24};Sampled=0$"));
        var deadline = DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(Header(next, "Lambda-Runtime-Deadline-Ms"), System.Globalization.CultureInfo.InvariantCulture));
        Assert.That(deadline, Is.EqualTo(DateTimeOffset.UtcNow + Timeout).Within(TimeSpan.FromSeconds(2)));
        Assert.That(invoke.IsCompleted, Is.False, "the invoke waits for the runtime's answer");
    }

    [Test]
    public async Task Response_Is202AndEndsTheInvokeWithTheBytesAndItsTimings()
    {
        var invoke = _emulator.InvokeAsync("{}"u8.ToArray(), Timeout, CancellationToken.None);
        using var next = await _runtime.GetAsync("runtime/invocation/next");
        var requestId = Header(next, "Lambda-Runtime-Aws-Request-Id");

        using var posted = await _runtime.PostAsync($"runtime/invocation/{requestId}/response", new StringContent("{\"ok\":true}"));
        var result = await invoke;

        Assert.That(posted.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        Assert.That(result.Succeeded, Is.True);
        Assert.That(Encoding.UTF8.GetString(result.Response!), Is.EqualTo("{\"ok\":true}"));
        Assert.That(result.RequestId, Is.EqualTo(requestId));
        Assert.That(result.HandedOutTimestamp, Is.GreaterThanOrEqualTo(result.QueuedTimestamp));
        Assert.That(result.CompletedTimestamp, Is.GreaterThanOrEqualTo(result.HandedOutTimestamp!.Value));
    }

    [Test]
    public async Task Error_Is202AndEndsTheInvokeWithTheErrorTypeAndBody()
    {
        var invoke = _emulator.InvokeAsync("{}"u8.ToArray(), Timeout, CancellationToken.None);
        using var next = await _runtime.GetAsync("runtime/invocation/next");

        using var request = new HttpRequestMessage(HttpMethod.Post, $"runtime/invocation/{Header(next, "Lambda-Runtime-Aws-Request-Id")}/error")
        {
            Content = new StringContent("{\"errorMessage\":\"boom\",\"errorType\":\"InvalidOperationException\",\"stackTrace\":[]}"),
        };
        request.Headers.Add("Lambda-Runtime-Function-Error-Type", "Runtime.InvalidOperationException");
        using var posted = await _runtime.SendAsync(request);
        var result = await invoke;

        Assert.That(posted.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Error, Is.EqualTo(new RuntimeError("Runtime.InvalidOperationException", "InvalidOperationException", "boom", "{\"errorMessage\":\"boom\",\"errorType\":\"InvalidOperationException\",\"stackTrace\":[]}")));
    }

    [Test]
    public async Task InitError_Is202AndEndsTheWaitingInvokeWithIt()
    {
        var invoke = _emulator.InvokeAsync("{}"u8.ToArray(), Timeout, CancellationToken.None);

        using var posted = await _runtime.PostAsync("runtime/init/error", new StringContent("{\"errorMessage\":\"no settings\",\"errorType\":\"ArgumentException\"}"));
        var result = await invoke;

        Assert.That(posted.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        Assert.That((await _emulator.InitError).ErrorMessage, Is.EqualTo("no settings"));
        Assert.That(result.Error?.ErrorType, Is.EqualTo("ArgumentException"));
        Assert.That(result.HandedOutTimestamp, Is.Null);
    }

    [Test]
    public async Task Response_ForAnUnknownRequestId_Is400()
    {
        using var posted = await _runtime.PostAsync("runtime/invocation/not-a-request/response", new StringContent("{}"));

        Assert.That(posted.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await posted.Content.ReadAsStringAsync(), Does.Contain("InvalidRequestID"));
    }

    [Test]
    public async Task Invoke_WithNoAnswerInTime_EndsWithSandboxTimedOutAndIsNotHandedOutLater()
    {
        var result = await _emulator.InvokeAsync("{\"late\":true}"u8.ToArray(), TimeSpan.FromMilliseconds(50), CancellationToken.None);
        var second = _emulator.InvokeAsync("{\"second\":true}"u8.ToArray(), Timeout, CancellationToken.None);

        using var next = await _runtime.GetAsync("runtime/invocation/next");

        Assert.That(result.Error?.FunctionErrorType, Is.EqualTo("Sandbox.Timedout"));
        Assert.That(await next.Content.ReadAsStringAsync(), Is.EqualTo("{\"second\":true}"));
        Assert.That(second.IsCompleted, Is.False);
    }

    [Test]
    public void Invoke_WhenTheCallerCancels_ThrowsInsteadOfReportingATimeout()
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        Assert.That(async () => await _emulator.InvokeAsync("{}"u8.ToArray(), Timeout, cancel.Token), Throws.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public async Task Next_WaitsUntilAnEventIsQueued()
    {
        var next = _runtime.GetAsync("runtime/invocation/next");
        await Task.Delay(100);
        Assert.That(next.IsCompleted, Is.False);

        _ = _emulator.InvokeAsync("{\"later\":true}"u8.ToArray(), Timeout, CancellationToken.None);
        using var response = await next;

        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("{\"later\":true}"));
    }

    private static string Header(HttpResponseMessage response, string name) => response.Headers.GetValues(name).Single();
}
