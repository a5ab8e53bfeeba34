namespace BostonInfo.Skill.Protocol.Requests;

/// <summary>"Alexa, open Boston Info": the user started the skill without asking anything yet.</summary>
public sealed class LaunchRequest : Request
{
}
