using System.Text.Json.Serialization;

namespace BostonInfo.Skill.Protocol.Responses;

/// <summary>What the Alexa app (and screens) show. Cards never contain SSML.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(SimpleCard), "Simple")]
[JsonDerivedType(typeof(StandardCard), "Standard")]
[JsonDerivedType(typeof(AskForPermissionsConsentCard), "AskForPermissionsConsent")]
public abstract class Card
{
}
