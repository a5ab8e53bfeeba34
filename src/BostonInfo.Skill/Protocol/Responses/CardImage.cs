namespace BostonInfo.Skill.Protocol.Responses;

/// <summary>HTTPS image URLs for a standard card (small ≈ 720×480, large ≈ 1200×800).</summary>
public sealed class CardImage
{
    public string? SmallImageUrl { get; init; }

    public string? LargeImageUrl { get; init; }
}
