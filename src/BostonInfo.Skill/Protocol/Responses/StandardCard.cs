namespace BostonInfo.Skill.Protocol.Responses;

/// <summary>A title, plain text and an image. Note the text property is "text", not "content".</summary>
public sealed class StandardCard : Card
{
    public string Title { get; init; } = "";

    public string Text { get; init; } = "";

    public CardImage? Image { get; init; }
}
