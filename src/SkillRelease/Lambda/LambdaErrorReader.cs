using System.Text.Json;

namespace SkillRelease.Lambda;

/// <summary>
/// Turns an error answer into a <see cref="LambdaException"/> the way botocore reads it: the type from
/// <c>X-Amzn-ErrorType</c> (text before any ':'), else the body's <c>code</c>/<c>Code</c>, else <c>__type</c> (after
/// any '#'); the message from <c>message</c>/<c>Message</c>.
/// </summary>
internal static class LambdaErrorReader
{
    public static async Task<LambdaException> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var fields = Fields(body);
        var type = Header(response, LambdaWire.ErrorTypeHeader)?.Split(':')[0]
            ?? Field(fields, "code", "Code")
            ?? Field(fields, "__type")?.Split('#')[^1]
            ?? $"Http{(int)response.StatusCode}";
        var message = Field(fields, "message", "Message") ?? (string.IsNullOrWhiteSpace(body) ? response.ReasonPhrase ?? "" : body);
        return new LambdaException(type, message, response.StatusCode, Header(response, LambdaWire.RequestIdHeader));
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v)) : null;

    private static Dictionary<string, JsonElement> Fields(string body)
    {
        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(body) ?? [];
        }
        catch (JsonException)
        {
            return []; // a proxy's HTML page, say: the status and the raw text still say what happened
        }
    }

    private static string? Field(Dictionary<string, JsonElement> fields, params string[] names) =>
        names.Select(name => fields.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null)
            .FirstOrDefault(text => !string.IsNullOrWhiteSpace(text));
}
