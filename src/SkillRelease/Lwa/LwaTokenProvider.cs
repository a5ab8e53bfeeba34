using System.Text.Json;
using Microsoft.Extensions.Logging;
using SkillRelease.Configuration;
using SkillRelease.Http;

namespace SkillRelease.Lwa;

/// <summary>
/// Login with Amazon's refresh-token grant: <c>POST {TokenHost}/auth/o2/token</c>, form-encoded
/// (https://developer.amazon.com/docs/login-with-amazon/retrieve-token-other-platforms-cbl-docs.html). The token is
/// cached until 60 s before it expires, as ask-smapi-sdk does; transient failures are retried (<see cref="SkillRelease.Http.RetryRules"/>), while
/// <c>invalid_grant</c> and <c>invalid_client</c> are configuration errors and fail at once.
/// </summary>
public sealed class LwaTokenProvider : ILwaTokenProvider, IDisposable
{
    /// <summary>Refresh this long before expiry, so a token never lapses between the check and the call.</summary>
    private static readonly TimeSpan ExpiryMargin = TimeSpan.FromSeconds(60);

    private readonly LwaOptions _options;
    private readonly HttpClient _http;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private CachedToken? _cached;

    public LwaTokenProvider(LwaOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.ClientId);
        ArgumentNullException.ThrowIfNull(options.ClientSecret);
        ArgumentNullException.ThrowIfNull(options.RefreshToken);
        _options = options;
        options.Redactor.Add(options.ClientSecret);
        options.Redactor.Add(options.RefreshToken);
        _http = new HttpClient(options.Pipeline(transport => new TokenRedactingHandler(options.Redactor, transport)))
        {
            BaseAddress = options.TokenHost,
            Timeout = Timeout.InfiniteTimeSpan, // each attempt is bounded by the retry policy instead
        };
    }

    public async Task<Secret> GetAccessTokenAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var now = _options.Time.GetUtcNow();
            if (_cached is { } cached && now < cached.ExpiresAt - ExpiryMargin)
            {
                return cached.AccessToken;
            }

            _cached = await RequestAsync(cancellationToken).ConfigureAwait(false);
            return _cached.AccessToken;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Invalidate(Secret rejectedToken)
    {
        // Only the token that was rejected: another caller may already have fetched a newer one.
        var cached = _cached;
        if (cached?.AccessToken == rejectedToken)
        {
            Interlocked.CompareExchange(ref _cached, null, cached);
        }
    }

    public void Dispose()
    {
        _http.Dispose();
        _gate.Dispose();
    }

    private async Task<CachedToken> RequestAsync(CancellationToken cancellationToken)
    {
        var requested = _options.Time.GetUtcNow();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [LwaWire.GrantTypeField] = LwaWire.RefreshTokenGrant,
            [LwaWire.RefreshTokenField] = _options.RefreshToken.Reveal(),
            [LwaWire.ClientIdField] = _options.ClientId,
            [LwaWire.ClientSecretField] = _options.ClientSecret.Reveal(),
        });
        using var response = await _http.PostAsync(new Uri(LwaWire.TokenPath.TrimStart('/'), UriKind.Relative), form, cancellationToken).ConfigureAwait(false);
        var body = await ReadAsync(response, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode || !string.IsNullOrEmpty(body.Error))
        {
            throw new LwaException(response.StatusCode, body.Error ?? $"http_{(int)response.StatusCode}", body.ErrorDescription);
        }

        if (body.AccessToken is not { } accessToken || body.ExpiresIn is not { } seconds)
        {
            throw new LwaException(response.StatusCode, "invalid_response", "The token response has no access_token or no expires_in.");
        }

        _options.Logger.LogDebug("Login with Amazon issued an access token valid for {Seconds} s", seconds);
        return new CachedToken(accessToken, requested + TimeSpan.FromSeconds(seconds));
    }

    private static async Task<LwaTokenResponse> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return JsonSerializer.Deserialize<LwaTokenResponse>(text) ?? new LwaTokenResponse();
        }
        catch (JsonException)
        {
            return new LwaTokenResponse(); // an HTML error page, say: reported by status below
        }
    }

    private sealed record CachedToken(Secret AccessToken, DateTimeOffset ExpiresAt);
}
