using SkillRelease.Configuration;
using SkillRelease.Release.Configuration;

namespace SkillRelease.Tests.Release.Configuration;

public sealed class ReleaseSettingsTests
{
    private static Dictionary<string, string?> Complete() => new()
    {
        ["ALEXA_SKILL_ID"] = "amzn1.ask.skill.x",
        ["LAMBDA_FUNCTION_NAME"] = "boston-info",
        ["AWS_REGION"] = "us-east-1",
        ["ASK_VENDOR_ID"] = "M1",
        ["ASK_LWA_CLIENT_ID"] = "client",
        ["ASK_LWA_CLIENT_SECRET"] = "secret",
        ["ASK_REFRESH_TOKEN"] = "Atzr|refresh",
    };

    [Test]
    public void FromEnvironment_ReportsEveryMissingNameAtOnce()
    {
        var environment = Complete();
        environment.Remove("ALEXA_SKILL_ID");
        environment["ASK_REFRESH_TOKEN"] = " ";

        var error = Assert.Throws<MissingSettingsException>(() => ReleaseSettings.FromEnvironment(environment));

        Assert.That(error!.Names, Is.EqualTo(new[] { "ALEXA_SKILL_ID", "ASK_REFRESH_TOKEN" }));
        Assert.That(error.Message, Does.StartWith("Missing settings: ALEXA_SKILL_ID, ASK_REFRESH_TOKEN."));
    }

    [Test]
    public void FromEnvironment_ReadsTheEndpointOverridesTheToolsUse()
    {
        var environment = Complete();
        environment["AWS_ENDPOINT_URL_LAMBDA"] = "http://127.0.0.1:9000";
        environment["ASK_SMAPI_SERVER_BASE_URL"] = "http://127.0.0.1:9001";

        var settings = ReleaseSettings.FromEnvironment(environment);

        Assert.That(settings.LambdaEndpoint, Is.EqualTo(new Uri("http://127.0.0.1:9000")));
        Assert.That(settings.SmapiBaseUrl, Is.EqualTo(new Uri("http://127.0.0.1:9001")));
        Assert.That(settings.Secrets.Select(secret => secret.Reveal()), Is.EquivalentTo(new[] { "secret", "Atzr|refresh" }));
    }

    [Test]
    public void FromEnvironment_RefusesAMalformedUrl()
    {
        var environment = Complete();
        environment["ASK_LWA_TOKEN_HOST"] = "api.amazon.com";

        Assert.That(() => ReleaseSettings.FromEnvironment(environment), Throws.TypeOf<InvalidSettingException>().With.Message.Contains("ASK_LWA_TOKEN_HOST must be an http(s) URL"));
    }
}
