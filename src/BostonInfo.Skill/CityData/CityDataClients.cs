using BostonInfo.Skill.CityData.Alexa;
using BostonInfo.Skill.CityData.ArcGis;
using BostonInfo.Skill.CityData.BostonGov;
using BostonInfo.Skill.CityData.Feedback;
using BostonInfo.Skill.CityData.Geocoding;
using BostonInfo.Skill.CityData.Http;
using BostonInfo.Skill.CityData.OpenData;
using BostonInfo.Skill.CityData.ReCollect;

namespace BostonInfo.Skill.CityData;

/// <summary>One client per city data service, built once per function instance over the shared connection pool.</summary>
public sealed class CityDataClients
{
    public CityDataClients(SkillSettings settings, HttpMessageHandler handler)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(handler);
        var endpoints = settings.CityData;
        UpstreamHttp Http(string name, Uri? baseAddress) => new(name, baseAddress, handler, settings.CallTimeout);

        Geocoder = new ArcGisGeocoder(Http("ArcGIS geocoder", endpoints.Geocoder));
        DeviceAddress = new DeviceAddressClient(handler, settings.CallTimeout);
        ReCollect = new ReCollectClient(Http("ReCollect", endpoints.ReCollect));
        OpenData = new OpenDataClient(Http("Analyze Boston", endpoints.OpenData));
        Features = new FeatureServiceClient(Http("ArcGIS feature services", endpoints.ArcGis));
        BostonGov = new BostonGovClient(Http("boston.gov", endpoints.BostonGov));
        Feedback = new FeedbackWebhookClient(Http("feedback webhook", baseAddress: null), endpoints.FeedbackWebhook);
    }

    public ArcGisGeocoder Geocoder { get; }

    public DeviceAddressClient DeviceAddress { get; }

    public ReCollectClient ReCollect { get; }

    public OpenDataClient OpenData { get; }

    public FeatureServiceClient Features { get; }

    public BostonGovClient BostonGov { get; }

    public FeedbackWebhookClient Feedback { get; }
}
