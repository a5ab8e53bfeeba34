using SkillRelease.Configuration;
using SkillRelease.Lambda;

namespace SkillRelease.Tests.Lambda;

public sealed class LambdaClientOptionsTests
{
    [Test]
    public void FromEnvironment_WithOnlyARegion_TalksToThatRegionsPublicEndpoint()
    {
        var options = LambdaClientOptions.FromEnvironment(new Dictionary<string, string?> { ["AWS_REGION"] = "eu-west-1" });

        Assert.That(options.Endpoint, Is.EqualTo(new Uri("https://lambda.eu-west-1.amazonaws.com")));
        Assert.That(options.Credentials, Is.Null, "the standard chain resolves them on the first call");
        Assert.That((options.WaiterInterval, options.WaiterMaxAttempts), Is.EqualTo((TimeSpan.FromSeconds(1), 300)));
    }

    [Test]
    public void FromEnvironment_PrefersTheLambdaEndpointOverride()
    {
        var options = LambdaClientOptions.FromEnvironment(new Dictionary<string, string?>
        {
            ["AWS_DEFAULT_REGION"] = "us-east-1",
            ["AWS_ENDPOINT_URL"] = "http://127.0.0.1:1111",
            ["AWS_ENDPOINT_URL_LAMBDA"] = "http://127.0.0.1:2222",
        });

        Assert.That((options.Region, options.Endpoint), Is.EqualTo(("us-east-1", new Uri("http://127.0.0.1:2222"))));
    }

    [Test]
    public async Task FromEnvironment_UsesAKeyPairItIsGiven()
    {
        var options = LambdaClientOptions.FromEnvironment(new Dictionary<string, string?>
        {
            ["AWS_REGION"] = "us-east-1", ["AWS_ACCESS_KEY_ID"] = "AKIAEXAMPLE", ["AWS_SECRET_ACCESS_KEY"] = "secret", ["AWS_SESSION_TOKEN"] = "token",
        });

        var credentials = await options.Credentials!.GetCredentialsAsync();

        Assert.That((credentials.AccessKey, credentials.SecretKey, credentials.Token), Is.EqualTo(("AKIAEXAMPLE", "secret", "token")));
    }

    [Test]
    public void FromEnvironment_WithoutARegion_SaysWhichSettingIsMissing()
    {
        var error = Assert.Throws<MissingSettingsException>(() => LambdaClientOptions.FromEnvironment(new Dictionary<string, string?> { ["AWS_REGION"] = " " }));

        Assert.That(error!.Message, Does.Contain("AWS_REGION"));
    }
}
