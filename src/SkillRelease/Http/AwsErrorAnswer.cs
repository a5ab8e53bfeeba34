using System.Text.Json;

namespace SkillRelease.Http;

/// <summary>
/// An AWS error answer as the services' readers need it: the body's string fields, its headers, and a message
/// that falls back to the raw text. A body that is not JSON (a proxy's HTML page) still says what happened.
/// </summary>
internal sealed class AwsErrorAnswer
{
    private readonly HttpResponseMessage _response;
    private readonly Dictionary<string, JsonElement> _fields;
    private readonly string _body;

    private AwsErrorAnswer(HttpResponseMessage response, string body)
    {
        _response = response;
        _body = body;
        _fields = Fields(body);
    }

    public static async Task<AwsErrorAnswer> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken) =>
        new(response, await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false));

    /// <summary>The body's <c>message</c>/<c>Message</c>, else the raw body, else the reason phrase.</summary>
    public string Message => Field("message", "Message") ?? (string.IsNullOrWhiteSpace(_body) ? _response.ReasonPhrase ?? "" : _body);

    /// <summary>What to call an error that names no type: its status.</summary>
    public string StatusName => $"Http{(int)_response.StatusCode}";

    /// <summary>The body's <c>__type</c> without its namespace (the text after any '#').</summary>
    public string? ErrorType => Field(AwsWire.ErrorTypeField)?.Split('#')[^1];

    public string? Header(string name) =>
        _response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v)) : null;

    /// <summary>The first of <paramref name="names"/> that the body has as a non-empty string.</summary>
    public string? Field(params string[] names) =>
        names.Select(name => _fields.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null)
            .FirstOrDefault(text => !string.IsNullOrWhiteSpace(text));

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
}
