namespace SkillRelease.Lwa;

/// <summary>
/// Login with Amazon's token endpoint in one place, shared by the token provider and the simulator: the path, the
/// refresh-token grant's field names, the answer's field names and the OAuth error codes the pipeline tells apart
/// (smapi-contract.md §2.1–§2.3). Last checked 2026-11-29 against smapi-contract.md and
/// https://developer.amazon.com/docs/login-with-amazon/retrieve-token-other-platforms-cbl-docs.html.
/// </summary>
public static class LwaWire
{
    /// <summary>Lower case as ask-cli sends it; the SDK's <c>/auth/O2/token</c> also reaches it (paths match case-insensitively).</summary>
    public const string TokenPath = "/auth/o2/token";

    public const string GrantTypeField = "grant_type";
    public const string RefreshTokenField = "refresh_token";
    public const string ClientIdField = "client_id";
    public const string ClientSecretField = "client_secret";

    /// <summary>The only grant the pipeline uses: the <c>grant_type</c> value, which is also the field's name.</summary>
    public const string RefreshTokenGrant = "refresh_token";

    public const string AccessTokenField = "access_token";
    public const string TokenTypeField = "token_type";
    public const string ExpiresInField = "expires_in";
    public const string ErrorField = "error";
    public const string ErrorDescriptionField = "error_description";

    /// <summary>A revoked, expired, malformed or wrong-client refresh token: fatal, a new token is needed.</summary>
    public const string InvalidGrant = "invalid_grant";

    /// <summary>A wrong client id or secret: fatal, fix the settings.</summary>
    public const string InvalidClient = "invalid_client";

    public const string InvalidRequest = "invalid_request";
    public const string UnsupportedGrantType = "unsupported_grant_type";
}
