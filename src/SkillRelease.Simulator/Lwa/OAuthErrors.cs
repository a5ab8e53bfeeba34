using Microsoft.AspNetCore.Http;
using SkillRelease.Lwa;

namespace SkillRelease.Simulator.Lwa;

internal static class OAuthErrors
{
    /// <summary>The OAuth 2.0 error shape, <c>{"error","error_description"}</c>.</summary>
    public static Task WriteOAuthErrorAsync(this HttpResponse response, int status, string error, string description)
    {
        response.StatusCode = status;
        return response.WriteAsJsonAsync(new Dictionary<string, string> { [LwaWire.ErrorField] = error, [LwaWire.ErrorDescriptionField] = description });
    }
}
