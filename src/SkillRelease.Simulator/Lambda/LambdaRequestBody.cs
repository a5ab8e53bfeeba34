using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace SkillRelease.Simulator.Lambda;

/// <summary>The JSON body of a Lambda request, read once (the signature check needs the bytes) and kept on the context.</summary>
internal sealed class LambdaRequestBody(JsonObject json)
{
    private static readonly object Key = new();

    public static async Task<byte[]> CaptureAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        var bytes = buffer.ToArray();
        context.Items[Key] = bytes;
        return bytes;
    }

    public static LambdaRequestBody Of(HttpContext context)
    {
        var bytes = context.Items[Key] as byte[] ?? [];
        if (bytes.Length == 0)
        {
            return new LambdaRequestBody([]);
        }

        try
        {
            return new LambdaRequestBody(JsonNode.Parse(bytes) as JsonObject ?? throw new JsonException("not an object"));
        }
        catch (JsonException exception)
        {
            throw new SimulatedLambdaError(400, "SerializationException", $"Could not parse the request body: {exception.Message}");
        }
    }

    public string? Text(string name) => json[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    public string RequiredText(string name) => Text(name)
        ?? throw SimulatedLambdaError.Validation($"1 validation error detected: Value null at '{char.ToLowerInvariant(name[0])}{name[1..]}' failed to satisfy constraint: Member must not be null");

    public int? Number(string name) => json[name] is JsonValue value && value.TryGetValue<int>(out var number) ? number : null;

    /// <summary>The first of a list of strings (<c>Architectures</c> holds exactly one).</summary>
    public string? FirstText(string name) => json[name] is JsonArray { Count: > 0 } array && array[0] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    /// <summary><c>Environment.Variables</c>; null when Environment is absent (the variables stay as they are).</summary>
    public IReadOnlyDictionary<string, string>? Variables() => json["Environment"] is JsonObject environment
        ? (environment["Variables"] as JsonObject ?? []).ToDictionary(pair => pair.Key, pair => pair.Value?.GetValue<string>() ?? "", StringComparer.Ordinal)
        : null;

    /// <summary>A nested object (<c>Code</c>), read the same way; null when absent.</summary>
    public LambdaRequestBody? Member(string name) => json[name] is JsonObject member ? new LambdaRequestBody(member) : null;

    public bool Flag(string name) => json[name] is JsonValue value && value.TryGetValue<bool>(out var flag) && flag;

    /// <summary><c>RoutingConfig.AdditionalVersionWeights</c>; null when RoutingConfig is absent, empty when it clears the weights.</summary>
    public IReadOnlyDictionary<string, double>? Weights()
    {
        if (json["RoutingConfig"] is not JsonObject routing)
        {
            return null;
        }

        return (routing["AdditionalVersionWeights"] as JsonObject ?? [])
            .ToDictionary(pair => pair.Key, pair => pair.Value?.GetValue<double>() ?? 0, StringComparer.Ordinal);
    }
}
