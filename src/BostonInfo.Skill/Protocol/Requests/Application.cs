namespace BostonInfo.Skill.Protocol.Requests;

/// <summary>Which skill the request is for ("amzn1.ask.skill.…").</summary>
public sealed class Application
{
    public string? ApplicationId { get; init; }
}
