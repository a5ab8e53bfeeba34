namespace BostonInfo.Skill.CityData.BostonGov;

/// <summary>What the boston.gov home page says: the banner (if any) and the service status tiles, in page order.</summary>
public sealed record HomePageStatus(string? Banner, IReadOnlyList<CityAlert> Services);
