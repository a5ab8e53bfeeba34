using System.Text.Json;
using System.Text.Json.Serialization;
using SkillRelease.Http;

namespace SkillRelease.Configuration;

/// <summary>
/// Reads a JSON string into a <see cref="Secret"/> (a token response's <c>access_token</c>) and writes a secret as
/// <c>***</c>: serializing an object that holds one, for a log or a report, never shows the value. A body that must
/// carry the value builds it from <see cref="Secret.Reveal"/> explicitly.
/// </summary>
public sealed class SecretJsonConverter : JsonConverter<Secret>
{
    public override Secret? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String ? Secret.From(reader.GetString()) : throw new JsonException("A secret must be a JSON string.");

    public override void Write(Utf8JsonWriter writer, Secret value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(SecretRedactor.Mask);
    }
}
