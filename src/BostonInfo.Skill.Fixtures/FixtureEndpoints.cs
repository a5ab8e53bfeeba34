using BostonInfo.Skill.CityData;

namespace BostonInfo.Skill.Fixtures;

/// <summary>The paths below a fixture root where each fake service lives.</summary>
public static class FixtureEndpoints
{
    public const string Geocoder = "geocoder";
    public const string ReCollect = "recollect";
    public const string OpenData = "opendata";
    public const string ArcGis = "arcgis";
    public const string BostonGov = "bostongov";
    public const string Feedback = "feedback";
    public const string Alexa = "alexa";

    /// <summary>Below this prefix every service answers 503, to hear the skill's apologies.</summary>
    public const string Down = "down";

    /// <summary>The skill's city data settings for the fakes under <paramref name="root"/>; all down when asked.</summary>
    public static CityDataEndpoints For(Uri root, bool down = false)
    {
        ArgumentNullException.ThrowIfNull(root);
        Uri At(string service) => new(root, down ? $"{Down}/{service}/" : $"{service}/");
        return new CityDataEndpoints
        {
            Geocoder = At(Geocoder),
            ReCollect = At(ReCollect),
            OpenData = At(OpenData),
            ArcGis = At(ArcGis),
            BostonGov = At(BostonGov),
            FeedbackWebhook = new Uri(root, down ? $"{Down}/{Feedback}" : Feedback),
        };
    }

    /// <summary>The apiEndpoint to put in Alexa requests so the Device Address API is the fake one.</summary>
    public static Uri AlexaApi(Uri root)
    {
        ArgumentNullException.ThrowIfNull(root);
        return new Uri(root, Alexa);
    }
}
