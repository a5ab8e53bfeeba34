using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using SkillRelease.Configuration;
using SkillRelease.Lwa;

namespace SkillRelease.Simulator.Lwa;

/// <summary>A token request's fields, from a form or a JSON body, with client credentials possibly in HTTP Basic.</summary>
internal sealed record TokenRequest(string? GrantType, Secret? RefreshToken, string? ClientId, Secret? ClientSecret)
{
    /// <summary>Null when the body is neither a form nor a JSON object.</summary>
    public static async Task<TokenRequest?> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        Func<string, string?> field;
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            field = name => form.TryGetValue(name, out var value) ? value.ToString() : null;
        }
        else
        {
            JsonObject? json;
            try
            {
                json = await JsonNode.ParseAsync(request.Body, cancellationToken: cancellationToken) as JsonObject;
            }
            catch (JsonException)
            {
                return null;
            }

            if (json is null)
            {
                return null;
            }

            field = name => json[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
        }

        var (basicId, basicSecret) = BasicCredentials(request.Headers.Authorization);
        return new TokenRequest(field(LwaWire.GrantTypeField), Secret.From(field(LwaWire.RefreshTokenField)), field(LwaWire.ClientIdField) ?? basicId, Secret.From(field(LwaWire.ClientSecretField) ?? basicSecret));
    }

    private static (string? Id, string? Secret) BasicCredentials(string? header)
    {
        if (!AuthenticationHeaderValue.TryParse(header, out var value) || !"Basic".Equals(value.Scheme, StringComparison.OrdinalIgnoreCase) || value.Parameter is null)
        {
            return (null, null);
        }

        try
        {
            var pair = Encoding.UTF8.GetString(Convert.FromBase64String(value.Parameter)).Split(':', 2);
            return pair.Length == 2 ? (Uri.UnescapeDataString(pair[0]), Uri.UnescapeDataString(pair[1])) : (null, null);
        }
        catch (FormatException)
        {
            return (null, null);
        }
    }
}
