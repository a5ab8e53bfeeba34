using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace SkillRelease.Simulator.RuntimeApi;

/// <summary>The four calls of the Runtime API over an <see cref="InvocationQueue"/> (lambda-contract.md §4.3).</summary>
internal static class RuntimeApiEndpoints
{
    public static void Map(IEndpointRouteBuilder routes, InvocationQueue queue, string invokedFunctionArn, CancellationToken stopping)
    {
        var runtime = routes.MapGroup(RuntimeApiHeaders.PathPrefix);

        runtime.MapGet("/invocation/next", async (HttpContext http) =>
        {
            using var waiting = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, stopping);
            PendingInvocation invocation;
            try
            {
                invocation = await queue.NextAsync(waiting.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                // 500 tells a runtime that the sandbox is going away and it should exit.
                return Results.Json(Error("Runtime.ExitError", "The Runtime API emulator is stopping."), statusCode: StatusCodes.Status500InternalServerError);
            }

            var headers = http.Response.Headers;
            headers[RuntimeApiHeaders.RequestId] = invocation.RequestId;
            headers[RuntimeApiHeaders.DeadlineMs] = invocation.Deadline.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
            headers[RuntimeApiHeaders.InvokedFunctionArn] = invokedFunctionArn;
            headers[RuntimeApiHeaders.TraceId] = invocation.TraceId;
            return Results.Bytes(invocation.Payload, "application/json");
        });

        runtime.MapPost("/invocation/{requestId}/response", async (string requestId, HttpContext http) =>
        {
            if (http.Request.ContentLength > RuntimeApiHeaders.MaxResponseBytes)
            {
                return Results.Json(Error("RequestEntityTooLarge", $"The response is bigger than {RuntimeApiHeaders.MaxResponseBytes} bytes."), statusCode: StatusCodes.Status413PayloadTooLarge);
            }

            var body = await ReadBodyAsync(http).ConfigureAwait(false);
            return Accepted(queue.TryComplete(requestId, body, null), requestId);
        });

        runtime.MapPost("/invocation/{requestId}/error", async (string requestId, HttpContext http) =>
        {
            var error = await ReadErrorAsync(http).ConfigureAwait(false);
            return Accepted(queue.TryComplete(requestId, null, error), requestId);
        });

        runtime.MapPost("/init/error", async (HttpContext http) =>
        {
            queue.ReportInitError(await ReadErrorAsync(http).ConfigureAwait(false));
            return Results.Json(new Dictionary<string, string> { ["status"] = "OK" }, statusCode: StatusCodes.Status202Accepted);
        });
    }

    private static IResult Accepted(bool known, string requestId) => known
        ? Results.Json(new Dictionary<string, string> { ["status"] = "OK" }, statusCode: StatusCodes.Status202Accepted)
        : Results.Json(Error("InvalidRequestID", $"Invalid request ID: \"{requestId}\" is not an invocation waiting for an answer."), statusCode: StatusCodes.Status400BadRequest);

    private static Dictionary<string, string> Error(string type, string message) =>
        new() { ["errorType"] = type, ["errorMessage"] = message };

    private static async Task<byte[]> ReadBodyAsync(HttpContext http)
    {
        using var body = new MemoryStream();
        await http.Request.Body.CopyToAsync(body, http.RequestAborted).ConfigureAwait(false);
        return body.ToArray();
    }

    private static async Task<RuntimeError> ReadErrorAsync(HttpContext http)
    {
        var body = Encoding.UTF8.GetString(await ReadBodyAsync(http).ConfigureAwait(false));
        var errorType = http.Request.Headers[RuntimeApiHeaders.FunctionErrorType].FirstOrDefault();
        return RuntimeError.From(errorType, body);
    }
}
