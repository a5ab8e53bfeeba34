using System.Collections.Concurrent;
using SkillRelease.Configuration;

namespace SkillRelease.Http;

/// <summary>
/// The single place where secrets are removed from text before it is logged. It knows the values themselves
/// (client secret, refresh token, access keys, every access token it is told about) and the headers that carry
/// them, so a secret cannot leak through a header, a URL, a body or an exception message.
/// </summary>
public sealed class SecretRedactor
{
    public const string Mask = "***";

    private static readonly HashSet<string> SecretHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "Authorization", "X-Amz-Security-Token", "Cookie", "Set-Cookie",
    };

    private readonly ConcurrentDictionary<string, byte> _secrets = new(StringComparer.Ordinal);

    public SecretRedactor(IEnumerable<string?>? secrets = null)
    {
        foreach (var secret in secrets ?? [])
        {
            Add(secret);
        }
    }

    /// <summary>Knows the settings' secrets from the start (<c>ReleaseSettings.Secrets</c>).</summary>
    public SecretRedactor(IEnumerable<Secret> secrets)
        : this(secrets?.Select(secret => secret.Reveal()))
    {
    }

    /// <summary>Remembers a secret: the redactor is one of the few places that needs its value.</summary>
    public void Add(Secret? secret) => Add(secret?.Reveal());

    /// <summary>Remembers a value that must never be printed (ignores empty and very short values).</summary>
    public void Add(string? secret)
    {
        if (!string.IsNullOrEmpty(secret) && secret.Length >= 4)
        {
            _secrets.TryAdd(secret, 0);
            // Secrets also travel URL-encoded, and form-encoded, where a space becomes '+' (FormUrlEncodedContent).
            _secrets.TryAdd(Uri.EscapeDataString(secret), 0);
            _secrets.TryAdd(Uri.EscapeDataString(secret).Replace("%20", "+", StringComparison.Ordinal), 0);
        }
    }

    public static bool IsSecretHeader(string name) => SecretHeaders.Contains(name);

    public string HeaderValue(string name, string value) => IsSecretHeader(name) ? Mask : Redact(value);

    public string Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        // Longest first, so a secret that contains another is masked whole.
        foreach (var secret in _secrets.Keys.OrderByDescending(s => s.Length))
        {
            text = text.Replace(secret, Mask, StringComparison.Ordinal);
        }

        return text;
    }
}
