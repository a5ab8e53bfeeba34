using System.Text.Json.Serialization;
using SkillRelease.Http;

namespace SkillRelease.Configuration;

/// <summary>
/// A credential (client secret, refresh or access token, AWS secret key). It prints as <c>***</c> wherever it lands,
/// so a record holding one (settings, options, services) cannot show it through its generated <c>ToString()</c>, a
/// log line or a JSON dump. The value comes out only through <see cref="Reveal"/>, at the places it is sent (a token
/// request's form, an Authorization header, a signature, a <c>::add-mask::</c> line) and in the redactor.
/// </summary>
[JsonConverter(typeof(SecretJsonConverter))]
public sealed class Secret : IEquatable<Secret>
{
    private readonly string _value;

    /// <summary>A secret has a value: a blank one is a missing setting, which the settings reader reports by name.</summary>
    public Secret(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        _value = value;
    }

    /// <summary>Null for a missing or blank value (an unset variable, an absent form field).</summary>
    public static Secret? From(string? value) => string.IsNullOrWhiteSpace(value) ? null : new Secret(value);

    /// <summary>The value itself, for the one place that sends it. Never log or format the result.</summary>
    public string Reveal() => _value;

    public override string ToString() => SecretRedactor.Mask;

    public bool Equals(Secret? other) => other is not null && string.Equals(_value, other._value, StringComparison.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as Secret);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(_value);

    public static bool operator ==(Secret? left, Secret? right) => left?.Equals(right) ?? right is null;

    public static bool operator !=(Secret? left, Secret? right) => !(left == right);
}
