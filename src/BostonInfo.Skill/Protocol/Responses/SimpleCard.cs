namespace BostonInfo.Skill.Protocol.Responses;

/// <summary>A title and plain text.</summary>
public sealed class SimpleCard : Card
{
    public string Title { get; init; } = "";

    public string Content { get; init; } = "";
}
