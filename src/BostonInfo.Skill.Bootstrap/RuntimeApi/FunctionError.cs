using System.Text.Json.Serialization;

namespace BostonInfo.Skill.Bootstrap.RuntimeApi;

/// <summary>The error body the Runtime API accepts on <c>/error</c> and <c>/init/error</c>.</summary>
public sealed record FunctionError(
    [property: JsonPropertyName("errorMessage")] string ErrorMessage,
    [property: JsonPropertyName("errorType")] string ErrorType,
    [property: JsonPropertyName("stackTrace")] IReadOnlyList<string> StackTrace)
{
    public static FunctionError From(Exception exception) => new(
        exception.Message,
        exception.GetType().Name,
        (exception.StackTrace ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}

[JsonSerializable(typeof(FunctionError))]
internal sealed partial class RuntimeApiJsonContext : JsonSerializerContext;
