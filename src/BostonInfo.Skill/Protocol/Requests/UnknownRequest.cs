namespace BostonInfo.Skill.Protocol.Requests;

/// <summary>
/// Any request type the skill has no class for (AudioPlayer events, Connections.Response, …). Kept, with its
/// type string, instead of failing to deserialise: Alexa adds types over time.
/// </summary>
public sealed class UnknownRequest : Request
{
}
