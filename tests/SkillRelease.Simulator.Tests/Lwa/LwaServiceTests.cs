using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace SkillRelease.Simulator.Tests.Lwa;

public sealed class LwaServiceTests
{
    private SkillSimulator _simulator = null!;
    private HttpClient _http = null!;

    private SimulatorOptions Options => _simulator.Options;

    [SetUp]
    public async Task StartAsync()
    {
        _simulator = await SkillSimulator.StartAsync(new SimulatorOptions { AccessTokenLifetime = TimeSpan.FromMilliseconds(300) }, CancellationToken.None);
        _http = new HttpClient { BaseAddress = _simulator.Address };
    }

    [TearDown]
    public async Task StopAsync()
    {
        _http.Dispose();
        await _simulator.DisposeAsync();
    }

    [Test]
    public async Task Token_WithAJsonBodyAsAskCliSendsIt_IsIssuedWithExpiresIn()
    {
        using var response = await _http.PostAsJsonAsync("/auth/o2/token", Fields());
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(body!["token_type"]!.GetValue<string>(), Is.EqualTo("bearer"));
        Assert.That(body["expires_in"]!.GetValue<int>(), Is.EqualTo(1));
        Assert.That(body["refresh_token"]!.GetValue<string>(), Is.EqualTo(Options.RefreshToken.Reveal()));
        Assert.That(_simulator.Lwa.IsValid(body["access_token"]!.GetValue<string>()), Is.True);
    }

    [Test]
    public async Task Token_WithAFormBodyAndBasicClientAuthOnTheSdksCapitalisedPath_IsIssued()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/auth/O2/token")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "refresh_token", ["refresh_token"] = Options.RefreshToken.Reveal() }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Options.LwaClientId}:{Options.LwaClientSecret.Reveal()}")));

        using var response = await _http.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task AccessToken_AfterItsLifetime_IsNoLongerValid()
    {
        using var response = await _http.PostAsJsonAsync("/auth/o2/token", Fields());
        var token = (await response.Content.ReadFromJsonAsync<JsonObject>())!["access_token"]!.GetValue<string>();

        await Task.Delay(TimeSpan.FromMilliseconds(400));

        Assert.That(_simulator.Lwa.IsValid(token), Is.False);
    }

    [TestCase("refresh_token", "Atzr|someone-else", 400, "invalid_grant")]
    [TestCase("client_secret", "wrong", 401, "invalid_client")]
    [TestCase("client_id", "amzn1.application-oa2-client.other", 401, "invalid_client")]
    [TestCase("grant_type", "authorization_code", 400, "unsupported_grant_type")]
    [TestCase("refresh_token", "", 400, "invalid_request")]
    public async Task Token_WithAWrongField_FailsInTheOAuthShape(string field, string value, int status, string error)
    {
        var fields = Fields();
        fields[field] = value;

        using var response = await _http.PostAsJsonAsync("/auth/o2/token", fields);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();

        Assert.That((int)response.StatusCode, Is.EqualTo(status));
        Assert.That(body!["error"]!.GetValue<string>(), Is.EqualTo(error));
        Assert.That(body["error_description"]!.GetValue<string>(), Is.Not.Empty);
        Assert.That(_simulator.Lwa.TokensIssued, Is.Zero);
    }

    private Dictionary<string, string> Fields() => new()
    {
        ["grant_type"] = "refresh_token",
        ["refresh_token"] = Options.RefreshToken.Reveal(),
        ["client_id"] = Options.LwaClientId,
        ["client_secret"] = Options.LwaClientSecret.Reveal(),
    };
}
