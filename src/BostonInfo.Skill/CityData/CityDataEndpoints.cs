namespace BostonInfo.Skill.CityData;

/// <summary>
/// The base URL of every city data service the skill calls, each overridable by an environment variable so
/// tests and <c>serve --offline</c> can point the skill at loopback fakes.
/// </summary>
public sealed record CityDataEndpoints
{
    public const string GeocoderVariable = "BOSTON_GEOCODER_URL";
    public const string ReCollectVariable = "BOSTON_RECOLLECT_URL";
    public const string OpenDataVariable = "BOSTON_OPENDATA_URL";
    public const string ArcGisVariable = "BOSTON_ARCGIS_URL";
    public const string BostonGovVariable = "BOSTON_GOV_URL";
    public const string FeedbackWebhookVariable = "FEEDBACK_WEBHOOK_URL";

    /// <summary>The services the original skill used (skill-survey.md §2, §3).</summary>
    public static CityDataEndpoints Default { get; } = new();

    /// <summary>The ArcGIS World geocoding service.</summary>
    public Uri Geocoder { get; init; } = new("https://geocode.arcgis.com/arcgis/rest/services/World/GeocodeServer/");

    /// <summary>ReCollect, which publishes Boston's trash and recycling schedules.</summary>
    public Uri ReCollect { get; init; } = new("https://recollect.net/");

    /// <summary>Analyze Boston, the city's CKAN open data portal (crime incidents, 311 requests).</summary>
    public Uri OpenData { get; init; } = new("https://data.boston.gov/");

    /// <summary>The city's ArcGIS Online feature services (food trucks, farmers markets, precincts, polling places, snow parking).</summary>
    public Uri ArcGis { get; init; } = new("https://services.arcgis.com/sFnw0xNflSi8J0uh/arcgis/rest/services/");

    /// <summary>boston.gov, whose home page carries the service alerts and the weather banner.</summary>
    public Uri BostonGov { get; init; } = new("https://www.boston.gov/");

    /// <summary>A Slack-compatible incoming webhook for feedback; none by default, and then feedback is not recorded.</summary>
    public Uri? FeedbackWebhook { get; init; }

    public static CityDataEndpoints FromEnvironment(Func<string, string?> readVariable)
    {
        ArgumentNullException.ThrowIfNull(readVariable);
        var defaults = Default;
        return new CityDataEndpoints
        {
            Geocoder = BaseAddress(Read(readVariable, GeocoderVariable)) ?? defaults.Geocoder,
            ReCollect = BaseAddress(Read(readVariable, ReCollectVariable)) ?? defaults.ReCollect,
            OpenData = BaseAddress(Read(readVariable, OpenDataVariable)) ?? defaults.OpenData,
            ArcGis = BaseAddress(Read(readVariable, ArcGisVariable)) ?? defaults.ArcGis,
            BostonGov = BaseAddress(Read(readVariable, BostonGovVariable)) ?? defaults.BostonGov,
            FeedbackWebhook = Read(readVariable, FeedbackWebhookVariable),
        };
    }

    /// <summary>
    /// The environment variables that make <see cref="FromEnvironment"/> read these endpoints back: what a process
    /// hosting the function (the packaged bootstrap, say) is given to reach the same services.
    /// </summary>
    public IReadOnlyDictionary<string, string> ToEnvironment()
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [GeocoderVariable] = Geocoder.AbsoluteUri,
            [ReCollectVariable] = ReCollect.AbsoluteUri,
            [OpenDataVariable] = OpenData.AbsoluteUri,
            [ArcGisVariable] = ArcGis.AbsoluteUri,
            [BostonGovVariable] = BostonGov.AbsoluteUri,
        };
        if (FeedbackWebhook is { } webhook)
        {
            variables[FeedbackWebhookVariable] = webhook.AbsoluteUri;
        }

        return variables;
    }

    /// <summary>
    /// The URL with a trailing slash, so relative request paths append to it (new Uri(base, "query") would
    /// otherwise replace the last segment).
    /// </summary>
    public static Uri? BaseAddress(Uri? uri) =>
        uri is null || uri.AbsolutePath.EndsWith('/') ? uri : new UriBuilder(uri) { Path = uri.AbsolutePath + "/" }.Uri;

    /// <summary>An absolute http(s) URL from the environment, or null when the variable is unset.</summary>
    public static Uri? Read(Func<string, string?> readVariable, string name)
    {
        ArgumentNullException.ThrowIfNull(readVariable);
        var text = readVariable(name)?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException($"{name} must be an absolute http or https URL.");
        }

        return uri;
    }
}
