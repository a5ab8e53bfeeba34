using System.Text.Json;
using System.Text.Json.Serialization;

namespace BostonInfo.Skill.Protocol.Requests;

/// <summary>
/// Picks the request class from the "type" property wherever it sits in the object (Alexa does not promise
/// that it comes first, which System.Text.Json's built-in polymorphism needs), and turns every type the skill
/// has no class for into <see cref="UnknownRequest"/>. Uses only source-generated metadata.
/// </summary>
public sealed class RequestConverter : JsonConverter<Request>
{
    public override Request? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        using var document = JsonDocument.ParseValue(ref reader);
        var element = document.RootElement;
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException("The request is not a JSON object.");
        }

        if (!element.TryGetProperty("type", out var typeProperty) || typeProperty.ValueKind != JsonValueKind.String)
        {
            throw new JsonException("The request has no \"type\" string.");
        }

        var context = SkillJsonContext.Default;
        Request? request = typeProperty.GetString() switch
        {
            RequestTypes.Launch => element.Deserialize(context.LaunchRequest),
            RequestTypes.Intent => element.Deserialize(context.IntentRequest),
            RequestTypes.SessionEnded => element.Deserialize(context.SessionEndedRequest),
            _ => element.Deserialize(context.UnknownRequest),
        };
        return request ?? throw new JsonException("The request could not be read.");
    }

    public override void Write(Utf8JsonWriter writer, Request value, JsonSerializerOptions options)
    {
        var context = SkillJsonContext.Default;
        switch (value)
        {
            case LaunchRequest launch:
                JsonSerializer.Serialize(writer, launch, context.LaunchRequest);
                break;
            case IntentRequest intent:
                JsonSerializer.Serialize(writer, intent, context.IntentRequest);
                break;
            case SessionEndedRequest ended:
                JsonSerializer.Serialize(writer, ended, context.SessionEndedRequest);
                break;
            case UnknownRequest unknown:
                JsonSerializer.Serialize(writer, unknown, context.UnknownRequest);
                break;
            default:
                throw new JsonException($"No JSON shape for request class {value.GetType().Name}.");
        }
    }
}
