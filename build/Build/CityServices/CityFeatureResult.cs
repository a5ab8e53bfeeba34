namespace Build.CityServices;

/// <summary>One row of the report: the feature, the service behind it, whether it answered, and what it said.</summary>
public sealed record CityFeatureResult(string Feature, string Service, bool Passed, string Detail);
