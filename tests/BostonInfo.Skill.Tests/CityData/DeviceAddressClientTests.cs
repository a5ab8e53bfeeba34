using BostonInfo.Skill.CityData.Alexa;
using BostonInfo.Skill.CityData.Http;
using BostonInfo.Skill.Fixtures;
using BostonInfo.Skill.Protocol.Requests;
using BostonInfo.Skill.Tests.Support;

namespace BostonInfo.Skill.Tests.CityData;

public sealed class DeviceAddressClientTests
{
    private FixtureHttpHandler _http = null!;

    private DeviceAddressClient Client => new(_http, TimeSpan.FromSeconds(5));

    [SetUp]
    public void NewHandler() => _http = new FixtureHttpHandler();

    private static SystemContext System(string token, string? endpoint = null) => new()
    {
        ApiEndpoint = endpoint ?? FixtureEndpoints.AlexaApi(FixtureHttpHandler.Root).ToString().TrimEnd('/'),
        ApiAccessToken = token,
        Device = new Device { DeviceId = "amzn1.ask.device.ABC" },
    };

    [Test]
    public async Task Found_CallsTheRequestsApiEndpointWithTheBearerToken_AndJoinsTheAddress()
    {
        var result = await Client.GetAddressAsync(System(FixtureSkill.BostonDeviceToken), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(result.Lookup, Is.EqualTo(DeviceAddressLookup.Found));
            Assert.That(result.Address, Is.EqualTo("1 City Hall Square, Boston, MA 02201"));
            Assert.That(_http.Requests.Single().AbsoluteUri, Is.EqualTo("http://fixtures.test/alexa/v1/devices/amzn1.ask.device.ABC/settings/address"));
            Assert.That(result.ToString(), Does.Not.Contain("City Hall"));
        });
    }

    [TestCase("fixture-token-no-permission", DeviceAddressLookup.NoPermission, TestName = "Status403_MeansNoPermission")]
    [TestCase(FixtureSkill.NoAddressDeviceToken, DeviceAddressLookup.NoAddress, TestName = "Status204_MeansNoAddress")]
    public async Task Status_IsInterpreted(string token, DeviceAddressLookup expected)
    {
        var result = await Client.GetAddressAsync(System(token), CancellationToken.None);

        Assert.That(result.Lookup, Is.EqualTo(expected));
    }

    [Test]
    public async Task NoAccessToken_MeansNoPermission_WithoutACall()
    {
        var result = await Client.GetAddressAsync(System(""), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(result.Lookup, Is.EqualTo(DeviceAddressLookup.NoPermission));
            Assert.That(_http.Requests, Is.Empty);
        });
    }

    [Test]
    public void ServerError_IsAnUpstreamException()
    {
        Assert.That(
            () => Client.GetAddressAsync(System("any", "http://fixtures.test/down/alexa"), CancellationToken.None),
            Throws.TypeOf<UpstreamException>().With.Message.EqualTo("Alexa Device Address API: answered HTTP 503"));
    }
}
