using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SkillRelease.CloudWatch.Wire;

/// <summary>AWS JSON 1.0 timestamps: epoch seconds, fractions allowed; an ISO 8601 string is read as well.</summary>
internal sealed class EpochSecondsConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.Number => DateTimeOffset.UnixEpoch.AddMilliseconds(Math.Round(reader.GetDouble() * 1000)),
        JsonTokenType.String => DateTimeOffset.Parse(reader.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
        _ => throw new JsonException($"A timestamp must be epoch seconds or ISO 8601, not {reader.TokenType}."),
    };

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(value.ToUnixTimeMilliseconds() / 1000.0);
}
