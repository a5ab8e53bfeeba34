namespace BostonInfo.Skill.CityData.BostonGov;

/// <summary>One service status tile (or the banner) of the boston.gov home page.</summary>
public sealed record CityAlert(string Service, string Text);
