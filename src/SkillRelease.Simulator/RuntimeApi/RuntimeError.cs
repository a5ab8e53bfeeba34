using System.Text.Json.Nodes;

namespace SkillRelease.Simulator.RuntimeApi;

/// <summary>
/// An error a runtime posted to <c>/invocation/{id}/error</c> or <c>/init/error</c>: the
/// <c>Lambda-Runtime-Function-Error-Type</c> header and the JSON body (<c>errorMessage</c>, <c>errorType</c>,
/// <c>stackTrace</c>), kept as sent.
/// </summary>
public sealed record RuntimeError(string? FunctionErrorType, string? ErrorType, string? ErrorMessage, string Body)
{
    /// <summary>Reads the body leniently: a runtime that sends no JSON still reports an error.</summary>
    public static RuntimeError From(string? functionErrorType, string body)
    {
        JsonObject? json;
        try
        {
            json = JsonNode.Parse(body) as JsonObject;
        }
        catch (System.Text.Json.JsonException)
        {
            json = null;
        }

        return new RuntimeError(
            functionErrorType,
            json?["errorType"]?.GetValue<string>(),
            json?["errorMessage"]?.GetValue<string>(),
            body);
    }
}
