using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using SkillRelease.Http;

namespace SkillRelease.Smapi;

/// <summary>Sends <see cref="SmapiRequest"/>s through the handler chain and turns failures into <see cref="SmapiException"/>.</summary>
internal sealed class SmapiConnection(HttpClient http)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The answer, or null for a 404 when the request allows it.</summary>
    public async Task<SmapiResponse?> SendAsync(SmapiRequest call, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(call.Method, new Uri(call.Path, UriKind.Relative));
        if (call.Body is not null)
        {
            request.Content = JsonContent.Create(call.Body, options: Json);
        }

        if (call.IfMatch is not null)
        {
            // ETags are opaque: echo exactly what was received, quotes or not.
            request.Headers.TryAddWithoutValidation(SmapiWire.IfMatchHeader, call.IfMatch);
        }

        if (call.AcceptLanguage)
        {
            request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(SmapiPaths.AcceptLanguage));
        }

        request.Options.Set(RequestOptionKeys.NotRetryable, call.Once);
        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotFound && call.NotFoundIsNull)
        {
            return null;
        }

        if (!response.IsSuccessStatusCode)
        {
            throw SmapiErrorReader.Read(response.StatusCode, text, RequestId(response), call.Operation);
        }

        var body = string.IsNullOrWhiteSpace(text) ? null : JsonNode.Parse(text);
        return new SmapiResponse(body, ETag(response), response.Headers.Location);
    }

    /// <summary>Sends and requires a JSON object back.</summary>
    public async Task<JsonObject?> GetObjectAsync(SmapiRequest call, CancellationToken cancellationToken) =>
        await SendAsync(call, cancellationToken).ConfigureAwait(false) is { } response
            ? response.Body as JsonObject ?? throw new SmapiException(HttpStatusCode.OK, null, "The answer has no JSON object body.", [], null, call.Operation)
            : null;

    /// <summary>
    /// Every page of a SMAPI list (<c>maxResults</c> 50, <c>nextToken</c> while <c>isTruncated</c>): the items under
    /// <paramref name="field"/>, in the order SMAPI sent them; empty on 404 when <paramref name="notFoundIsEmpty"/>.
    /// </summary>
    public async Task<List<T>> ListAllAsync<T>(string path, string operation, string field, bool notFoundIsEmpty, CancellationToken cancellationToken)
    {
        var all = new List<T>();
        string? nextToken = null;
        do
        {
            var pagePath = $"{path}?maxResults=50" + (nextToken is null ? "" : "&nextToken=" + Uri.EscapeDataString(nextToken));
            var page = await GetObjectAsync(new SmapiRequest(HttpMethod.Get, pagePath, operation) { NotFoundIsNull = notFoundIsEmpty }, cancellationToken).ConfigureAwait(false);
            if (page is null)
            {
                return all;
            }

            if (page[field] is JsonArray items)
            {
                all.AddRange(Read<List<T>>(items));
            }

            nextToken = page["isTruncated"]?.GetValue<bool>() == true ? page["nextToken"]?.GetValue<string>() : null;
        }
        while (nextToken is not null);

        return all;
    }

    public static T Read<T>(JsonNode? node) => node.Deserialize<T>(Json) ?? throw new JsonException($"Expected a {typeof(T).Name}.");

    private static string? RequestId(HttpResponseMessage response) =>
        response.Headers.TryGetValues(SmapiWire.RequestIdHeader, out var values) ? values.FirstOrDefault() : null;

    private static string? ETag(HttpResponseMessage response) =>
        response.Headers.TryGetValues(SmapiWire.ETagHeader, out var values) ? values.FirstOrDefault() : null;
}
