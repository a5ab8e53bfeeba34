namespace SkillRelease.Configuration;

/// <summary>
/// One environment variable the release tasks, the clients or the simulator's export lines use: its name (the same
/// in GitHub secrets and variables), what it is for, whether the tasks need it, and whether it is a credential.
/// </summary>
public sealed record Setting(string Name, string Purpose, bool IsRequired, bool IsSecret)
{
    /// <summary>The value, trimmed; null when unset or blank (an empty GitHub secret arrives as an empty string).</summary>
    public string? ReadFrom(IReadOnlyDictionary<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return environment.TryGetValue(Name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
    }

    /// <summary>The value as a <see cref="Secret"/>, so it is never printed by whatever holds it.</summary>
    public Secret? ReadSecretFrom(IReadOnlyDictionary<string, string?> environment) => Secret.From(ReadFrom(environment));

    /// <summary>An http(s) address; a malformed one is a readable error naming this setting.</summary>
    public Uri? ReadUrlFrom(IReadOnlyDictionary<string, string?> environment) =>
        ReadFrom(environment) is not { } value ? null
        : Uri.TryCreate(value, UriKind.Absolute, out var url) && url.Scheme is "http" or "https" ? url
        : throw new InvalidSettingException($"{Name} must be an http(s) URL, but is '{value}'.");

    public override string ToString() => Name;
}
