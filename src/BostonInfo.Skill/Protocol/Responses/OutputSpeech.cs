using System.Text.Json.Serialization;

namespace BostonInfo.Skill.Protocol.Responses;

/// <summary>What Alexa says: plain text or SSML.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(PlainTextOutputSpeech), "PlainText")]
[JsonDerivedType(typeof(SsmlOutputSpeech), "SSML")]
public abstract class OutputSpeech
{
}
