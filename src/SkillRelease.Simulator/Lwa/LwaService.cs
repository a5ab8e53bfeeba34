using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SkillRelease.Lwa;
using SkillRelease.Simulator.Faults;

namespace SkillRelease.Simulator.Lwa;

/// <summary>
/// Login with Amazon's token endpoint, refresh-token grant only (smapi-contract.md §2, §11): form or JSON body
/// (ask-cli sends JSON), client credentials in the body or as HTTP Basic, errors in the OAuth shape. Issued access
/// tokens are remembered so SMAPI can tell a live token from an expired or unknown one.
/// </summary>
public sealed class LwaService(SimulatorOptions options) : ISimulatedService
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _issued = new(StringComparer.Ordinal);

    public string Name => "lwa";

    public ErrorWriter WriteError => static (context, status, code, message) =>
        context.Response.WriteOAuthErrorAsync(status, status == 429 ? "slow_down" : "server_error", message);

    /// <summary>How many access tokens were issued so far.</summary>
    public int TokensIssued => _issued.Count;

    /// <summary>Every access token issued so far (tests check none of them reaches a log).</summary>
    public IReadOnlyList<string> IssuedTokens => _issued.Keys.ToList();

    public void Map(IEndpointRouteBuilder routes)
    {
        // Routes match case-insensitively, so the SDK's /auth/O2/token lands here too.
        routes.MapPost(LwaWire.TokenPath, IssueAsync).WithOperation(Name, "GetAccessToken", isWrite: true);
    }

    /// <summary>True for a token this service issued that has not expired or been revoked.</summary>
    public bool IsValid(string? accessToken) =>
        accessToken is not null && _issued.TryGetValue(accessToken, out var expires) && options.Time.GetUtcNow() < expires;

    /// <summary>Makes every issued access token invalid (as if revoked), so the next SMAPI call answers 401.</summary>
    public void RevokeAccessTokens()
    {
        foreach (var token in _issued.Keys)
        {
            _issued[token] = DateTimeOffset.MinValue;
        }
    }

    private async Task IssueAsync(HttpContext context)
    {
        var request = await TokenRequest.ReadAsync(context.Request, context.RequestAborted);
        if (request is null)
        {
            await context.Response.WriteOAuthErrorAsync(400, LwaWire.InvalidRequest, "The request body is neither a form nor a JSON object.");
            return;
        }

        if (Rejection(request) is { } rejection)
        {
            await context.Response.WriteOAuthErrorAsync(rejection.Status, rejection.Error, rejection.Description);
            return;
        }

        var accessToken = "Atza|sim-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();
        _issued[accessToken] = options.Time.GetUtcNow() + options.AccessTokenLifetime;
        await context.Response.WriteAsJsonAsync(new Dictionary<string, object>
        {
            [LwaWire.AccessTokenField] = accessToken,
            [LwaWire.RefreshTokenField] = options.RefreshToken.Reveal(),
            [LwaWire.TokenTypeField] = "bearer",
            // Always present: ask-cli rejects an answer without it.
            [LwaWire.ExpiresInField] = Math.Max(1, (int)Math.Ceiling(options.AccessTokenLifetime.TotalSeconds)),
        });
    }

    private (int Status, string Error, string Description)? Rejection(TokenRequest request)
    {
        if (string.IsNullOrEmpty(request.GrantType))
        {
            return (400, LwaWire.InvalidRequest, "The request is missing a required parameter : " + LwaWire.GrantTypeField);
        }

        if (request.GrantType != LwaWire.RefreshTokenGrant)
        {
            return (400, LwaWire.UnsupportedGrantType, "The authorization grant type is not supported by the authorization server");
        }

        foreach (var (name, present) in new[] { (LwaWire.ClientIdField, !string.IsNullOrEmpty(request.ClientId)), (LwaWire.ClientSecretField, request.ClientSecret is not null), (LwaWire.RefreshTokenField, request.RefreshToken is not null) })
        {
            if (!present)
            {
                return (400, LwaWire.InvalidRequest, "The request is missing a required parameter : " + name);
            }
        }

        if (request.ClientId != options.LwaClientId || request.ClientSecret != options.LwaClientSecret)
        {
            return (401, LwaWire.InvalidClient, "Client authentication failed");
        }

        return request.RefreshToken != options.RefreshToken
            ? (400, LwaWire.InvalidGrant, "The request has an invalid grant parameter : refresh_token. User may have revoked or didn't grant the permission.")
            : null;
    }
}
