using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace BostonInfo.Skill.CityData.Http;

/// <summary>
/// The HTTP transport of one city data service: its base address, its timeout, and one translation of every
/// transport failure (refused, timed out, error status, unreadable body) into <see cref="UpstreamException"/>,
/// so a client never lets a raw network exception reach a handler.
/// </summary>
public sealed class UpstreamHttp
{
    /// <summary>
    /// Who is calling, with a link to say why: sent on every request. Analyze Boston sits behind Cloudflare,
    /// which screens anonymous clients, and a named client is what every public API's usage policy asks for
    /// (docs/city-data.md).
    /// </summary>
    public const string UserAgent = "BostonInfoAlexaSkill/1.0 (City of Boston Alexa skill; +https://www.boston.gov)";

    private readonly HttpClient _client;

    public UpstreamHttp(string name, Uri? baseAddress, HttpMessageHandler handler, TimeSpan timeout)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(handler);
        Name = name;
        // The handler is the function's shared connection pool: never disposed here.
        _client = new HttpClient(handler, disposeHandler: false) { BaseAddress = baseAddress, Timeout = timeout };
        _client.DefaultRequestHeaders.UserAgent.ParseAdd(UserAgent);
    }

    /// <summary>The service's name as the log and exceptions say it.</summary>
    public string Name { get; }

    /// <summary>GETs a JSON document at <paramref name="relativeUri"/> and reads it with source-generated metadata.</summary>
    public async Task<T> GetJsonAsync<T>(string relativeUri, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        var body = await GetStringAsync(relativeUri, cancellationToken).ConfigureAwait(false);
        try
        {
            return JsonSerializer.Deserialize(body, typeInfo) ?? throw new UpstreamException(Name, "answered with JSON null");
        }
        catch (JsonException exception)
        {
            throw new UpstreamException(Name, $"answered with JSON in an unexpected shape ({exception.Path})", exception);
        }
    }

    /// <summary>POSTs a JSON body to <paramref name="relativeUri"/> and reads the JSON answer, whatever its status.</summary>
    /// <remarks>
    /// CKAN's action API answers its errors (409, 403, 404) with a JSON body that says what was wrong, so the
    /// caller reads it rather than a bare status.
    /// </remarks>
    public async Task<TResult> PostJsonForJsonAsync<TBody, TResult>(
        string relativeUri, TBody value, JsonTypeInfo<TBody> bodyType, JsonTypeInfo<TResult> resultType, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(resultType);
        using var request = new HttpRequestMessage(HttpMethod.Post, relativeUri)
        {
            Content = new StringContent(JsonSerializer.Serialize(value, bodyType), Encoding.UTF8, "application/json"),
        };
        var (status, body) = await SendAsync(request, cancellationToken).ConfigureAwait(false);
        try
        {
            return JsonSerializer.Deserialize(body, resultType) ?? throw new UpstreamException(Name, $"answered HTTP {(int)status} with JSON null");
        }
        catch (JsonException exception)
        {
            throw new UpstreamException(Name, $"answered HTTP {(int)status} without the JSON expected", exception);
        }
    }

    /// <summary>GETs a text body (HTML, JSON read by hand).</summary>
    public async Task<string> GetStringAsync(string relativeUri, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, relativeUri);
        var (status, body) = await SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (status != HttpStatusCode.OK)
        {
            throw new UpstreamException(Name, $"answered HTTP {(int)status}");
        }

        return body;
    }

    /// <summary>POSTs a JSON body and returns the status (the caller decides what success is).</summary>
    public async Task<HttpStatusCode> PostJsonAsync<T>(Uri uri, T value, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, uri)
        {
            Content = new StringContent(JsonSerializer.Serialize(value, typeInfo), Encoding.UTF8, "application/json"),
        };
        var (status, _) = await SendAsync(request, cancellationToken).ConfigureAwait(false);
        return status;
    }

    /// <summary>Sends a request and returns the status and body, whatever the status.</summary>
    public async Task<(HttpStatusCode Status, string Body)> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            using var response = await _client.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            return (response.StatusCode, body);
        }
        catch (HttpRequestException exception)
        {
            throw new UpstreamException(Name, $"could not be reached ({exception.HttpRequestError})", exception);
        }
        catch (OperationCanceledException exception)
        {
            // HttpClient's own timeout and the answer's deadline both arrive as cancellation.
            throw new UpstreamException(Name, "did not answer in time", exception);
        }
    }
}
