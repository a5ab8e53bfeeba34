using System.Text.Json.Nodes;

namespace BostonInfo.Skill.Fixtures;

/// <summary>The recorded answers, one file per upstream format, embedded in this assembly.</summary>
public static class FixtureFiles
{
    public const string Geocoder = "arcgis-geocoder.json";
    public const string DeviceAddress = "alexa-device-address.json";
    public const string ReCollect = "recollect.json";
    public const string AnalyzeBoston = "analyze-boston.json";
    public const string FeatureServices = "arcgis-feature-services.json";
    public const string BostonGovHome = "boston-gov-home.html";
    public const string CkanAllowedFunctions = "ckan-allowed-functions.txt";

    public static string Text(string name)
    {
        using var stream = typeof(FixtureFiles).Assembly.GetManifestResourceStream(name)
            ?? throw new ArgumentException($"No fixture file {name}.", nameof(name));
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static JsonObject Json(string name) =>
        JsonNode.Parse(Text(name))?.AsObject() ?? throw new InvalidOperationException($"Fixture {name} is not a JSON object.");
}
