using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;

namespace BostonInfo.Skill.Bootstrap.RuntimeApi;

/// <summary>
/// The four calls of the Lambda Runtime API (lambda-contract.md §4.3). <c>next</c> is a long poll with no client
/// timeout: Lambda freezes the process between invocations, and a timeout would fire on thaw.
/// </summary>
public sealed class RuntimeApiClient(HttpClient http)
{
    /// <summary>Builds a client for <c>AWS_LAMBDA_RUNTIME_API</c> (host:port).</summary>
    public static RuntimeApiClient For(string runtimeApi)
    {
        ArgumentException.ThrowIfNullOrEmpty(runtimeApi);
        var http = new HttpClient(new SocketsHttpHandler { UseProxy = false })
        {
            BaseAddress = new Uri($"http://{runtimeApi}/2018-06-01/"),
            Timeout = Timeout.InfiniteTimeSpan,
        };
        return new RuntimeApiClient(http);
    }

    public async Task<Invocation> NextAsync(CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync("runtime/invocation/next", cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var requestId = Header(response, RuntimeApiHeaders.RequestId)
                        ?? throw new InvalidOperationException($"The Runtime API sent an event without {RuntimeApiHeaders.RequestId}.");
        DateTimeOffset? deadline = long.TryParse(Header(response, RuntimeApiHeaders.DeadlineMs), NumberStyles.None, CultureInfo.InvariantCulture, out var ms)
            ? DateTimeOffset.FromUnixTimeMilliseconds(ms)
            : null;
        return new Invocation(requestId, body, Header(response, RuntimeApiHeaders.TraceId), Header(response, RuntimeApiHeaders.InvocationId), deadline);
    }

    public async Task RespondAsync(Invocation invocation, Stream result, CancellationToken cancellationToken)
    {
        using var content = new StreamContent(result);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"runtime/invocation/{Uri.EscapeDataString(invocation.RequestId)}/response") { Content = content };
        EchoInvocationId(request, invocation);
        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
    }

    public Task ReportInvocationErrorAsync(Invocation invocation, Exception exception, CancellationToken cancellationToken) =>
        PostErrorAsync($"runtime/invocation/{Uri.EscapeDataString(invocation.RequestId)}/error", invocation, exception, cancellationToken);

    public Task ReportInitErrorAsync(Exception exception, CancellationToken cancellationToken) =>
        PostErrorAsync("runtime/init/error", null, exception, cancellationToken);

    private async Task PostErrorAsync(string path, Invocation? invocation, Exception exception, CancellationToken cancellationToken)
    {
        var error = FunctionError.From(exception);
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(error, RuntimeApiJsonContext.Default.FunctionError));
        content.Headers.ContentType = new MediaTypeHeaderValue(RuntimeApiHeaders.ErrorContentType);
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        request.Headers.TryAddWithoutValidation(RuntimeApiHeaders.FunctionErrorType, $"Runtime.{error.ErrorType}");
        if (invocation is not null)
        {
            EchoInvocationId(request, invocation);
        }

        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
    }

    private static void EchoInvocationId(HttpRequestMessage request, Invocation invocation)
    {
        if (invocation.InvocationId is { } id)
        {
            request.Headers.TryAddWithoutValidation(RuntimeApiHeaders.InvocationId, id);
        }
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
