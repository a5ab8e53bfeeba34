using System.Net;

namespace SkillRelease.Lwa;

/// <summary>Login with Amazon refused the token request: the OAuth <c>error</c> and <c>error_description</c>.</summary>
public sealed class LwaException : Exception
{
    public LwaException(HttpStatusCode statusCode, string error, string? description)
        : base(Describe(error, description))
    {
        StatusCode = statusCode;
        Error = error;
        Description = description;
    }

    public HttpStatusCode StatusCode { get; }

    public string Error { get; }

    public string? Description { get; }

    private static string Describe(string error, string? description) => error switch
    {
        LwaWire.InvalidGrant => $"Login with Amazon rejected the refresh token ({description}). Generate a new one with `ask util generate-lwa-tokens` and update the ASK_REFRESH_TOKEN secret.",
        LwaWire.InvalidClient => $"Login with Amazon rejected the client id or secret ({description}). Check ASK_LWA_CLIENT_ID and ASK_LWA_CLIENT_SECRET.",
        _ => $"Login with Amazon refused the token request: {error} {description}".TrimEnd(),
    };
}
