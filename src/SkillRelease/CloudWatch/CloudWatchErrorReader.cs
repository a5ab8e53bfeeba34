using System.Text.Json;

namespace SkillRelease.CloudWatch;

/// <summary>
/// Reads an AWS JSON 1.0 error as botocore does: the code from <c>__type</c> (after any '#'), else the
/// query-compatible <c>x-amzn-query-error</c> header (before ';'); the message from <c>message</c>/<c>Message</c>.
/// A body that is not JSON (a proxy's HTML page) keeps its raw text as the message.
/// </summary>
internal static class CloudWatchErrorReader
{
    public static async Task<CloudWatchException> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var fields = Fields(body);
        var code = Field(fields, "__type")?.Split('#')[^1]
            ?? Header(response, CloudWatchWire.QueryErrorHeader)?.Split(';')[0]
            ?? $"Http{(int)response.StatusCode}";
        var message = Field(fields, "message", "Message") ?? (string.IsNullOrWhiteSpace(body) ? response.ReasonPhrase ?? "" : body);
        return new CloudWatchException(code, message, response.StatusCode, Header(response, CloudWatchWire.RequestIdHeader));
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
            return []; // not JSON: the status and the raw text still say what happened
        }
    }

    private static string? Field(Dictionary<string, JsonElement> fields, params string[] names) =>
        names.Select(name => fields.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null)
            .FirstOrDefault(text => !string.IsNullOrWhiteSpace(text));
}
