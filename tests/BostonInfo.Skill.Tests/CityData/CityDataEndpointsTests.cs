using BostonInfo.Skill.CityData;

namespace BostonInfo.Skill.Tests.CityData;

public sealed class CityDataEndpointsTests
{
    [Test]
    public void NothingSet_UsesTheRealServices_AndNoFeedbackWebhook()
    {
        var endpoints = CityDataEndpoints.FromEnvironment(_ => null);

        Assert.Multiple(() =>
        {
            Assert.That(endpoints.Geocoder.AbsoluteUri, Is.EqualTo("https://geocode.arcgis.com/arcgis/rest/services/World/GeocodeServer/"));
            Assert.That(endpoints.ReCollect.AbsoluteUri, Is.EqualTo("https://recollect.net/"));
            Assert.That(endpoints.OpenData.AbsoluteUri, Is.EqualTo("https://data.boston.gov/"));
            Assert.That(endpoints.BostonGov.AbsoluteUri, Is.EqualTo("https://www.boston.gov/"));
            Assert.That(endpoints.FeedbackWebhook, Is.Null);
        });
    }

    [Test]
    public void Variables_OverrideEachService_BaseAddressesGetATrailingSlash_TheWebhookStaysExact()
    {
        var variables = new Dictionary<string, string>
        {
            [CityDataEndpoints.ArcGisVariable] = "http://127.0.0.1:9000/arcgis",
            [CityDataEndpoints.FeedbackWebhookVariable] = "https://hooks.example.test/services/T0/B0/x",
        };

        var endpoints = CityDataEndpoints.FromEnvironment(name => variables.GetValueOrDefault(name));

        Assert.Multiple(() =>
        {
            Assert.That(endpoints.ArcGis.AbsoluteUri, Is.EqualTo("http://127.0.0.1:9000/arcgis/"));
            Assert.That(endpoints.FeedbackWebhook?.AbsoluteUri, Is.EqualTo("https://hooks.example.test/services/T0/B0/x"));
        });
    }

    [Test]
    public void NotAnHttpUrl_IsRefusedWithTheVariablesName()
    {
        Assert.That(() => CityDataEndpoints.FromEnvironment(name => name == CityDataEndpoints.GeocoderVariable ? "ftp://x" : null),
            Throws.ArgumentException.With.Message.Contains(CityDataEndpoints.GeocoderVariable));
    }

    [Test]
    public void ToEnvironment_IsReadBackByFromEnvironmentAsTheSameEndpoints()
    {
        var endpoints = new CityDataEndpoints
        {
            Geocoder = new Uri("http://127.0.0.1:9000/geocoder/"),
            ReCollect = new Uri("http://127.0.0.1:9000/recollect/"),
            OpenData = new Uri("http://127.0.0.1:9000/opendata/"),
            ArcGis = new Uri("http://127.0.0.1:9000/arcgis/"),
            BostonGov = new Uri("http://127.0.0.1:9000/bostongov/"),
            FeedbackWebhook = new Uri("http://127.0.0.1:9000/feedback"),
        };

        var variables = endpoints.ToEnvironment();

        Assert.That(CityDataEndpoints.FromEnvironment(name => variables.GetValueOrDefault(name)), Is.EqualTo(endpoints));
        Assert.That(CityDataEndpoints.FromEnvironment(name => CityDataEndpoints.Default.ToEnvironment().GetValueOrDefault(name)), Is.EqualTo(CityDataEndpoints.Default));
    }
}
