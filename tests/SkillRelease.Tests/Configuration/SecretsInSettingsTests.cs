using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using SkillRelease.CloudWatch;
using SkillRelease.Configuration;
using SkillRelease.GitHub;
using SkillRelease.Http;
using SkillRelease.Lambda;
using SkillRelease.Lwa;
using SkillRelease.Release;
using SkillRelease.Release.Configuration;
using SkillRelease.Simulator;
using SkillRelease.Smapi;
using SkillRelease.Sts;

namespace SkillRelease.Tests.Configuration;

/// <summary>Issue 14.1: no settings, options or services object shows a credential it holds when printed or serialized.</summary>
public sealed class SecretsInSettingsTests
{
    private const string ClientSecret = "known-lwa-client-secret";
    private const string RefreshToken = "Atzr|known-refresh-token";
    private const string GitHubToken = "ghs_knownGitHubToken0000";
    private const string AwsSecret = "known/aws/secret/access/key";
    private const string SessionToken = "known-aws-session-token";

    private static readonly string[] Secrets = [ClientSecret, RefreshToken, GitHubToken, AwsSecret, SessionToken];

    private static readonly Dictionary<string, string?> Environment = new()
    {
        ["ALEXA_SKILL_ID"] = "amzn1.ask.skill.x",
        ["LAMBDA_FUNCTION_NAME"] = "boston-info",
        ["AWS_REGION"] = "us-east-1",
        ["ASK_VENDOR_ID"] = "M1",
        ["ASK_LWA_CLIENT_ID"] = "client",
        ["ASK_LWA_CLIENT_SECRET"] = ClientSecret,
        ["ASK_REFRESH_TOKEN"] = RefreshToken,
        ["GITHUB_TOKEN"] = GitHubToken,
        ["GITHUB_REPOSITORY"] = "cityofboston/boston-info",
        ["AWS_ACCESS_KEY_ID"] = "AKIAKNOWN",
        ["AWS_SECRET_ACCESS_KEY"] = AwsSecret,
        ["AWS_SESSION_TOKEN"] = SessionToken,
    };

    private static IEnumerable<TestCaseData> Objects()
    {
        var settings = ReleaseSettings.FromEnvironment(Environment);
        yield return new TestCaseData(settings).SetName("ReleaseSettings");
        var services = ReleaseServicesFactory.Create(settings, NullLogger.Instance, new SecretRedactor(), TimeProvider.System, awsCredentials: null);
        yield return new TestCaseData(services).SetName("ReleaseServices");
        var lwa = new LwaOptions { ClientId = "client", ClientSecret = new Secret(ClientSecret), RefreshToken = new Secret(RefreshToken) };
        yield return new TestCaseData(lwa).SetName("LwaOptions");
        yield return new TestCaseData(new SmapiClientOptions { Tokens = new LwaTokenProvider(lwa) }).SetName("SmapiClientOptions");
        yield return new TestCaseData(new GitHubLedgerOptions { Token = new Secret(GitHubToken), Repository = "o/r" }).SetName("GitHubLedgerOptions");
        var lambda = LambdaClientOptions.FromEnvironment(Environment);
        yield return new TestCaseData(lambda).SetName("LambdaClientOptions");
        yield return new TestCaseData(new CloudWatchClientOptions { Region = "us-east-1", Credentials = lambda.Credentials }).SetName("CloudWatchClientOptions");
        yield return new TestCaseData(new StsClientOptions { Region = "us-east-1", Credentials = lambda.Credentials }).SetName("StsClientOptions");
        yield return new TestCaseData(new SimulatorOptions
        {
            LwaClientSecret = new Secret(ClientSecret),
            RefreshToken = new Secret(RefreshToken),
            GitHubToken = new Secret(GitHubToken),
            SecretAccessKey = new Secret(AwsSecret),
        }).SetName("SimulatorOptions");
    }

    [TestCaseSource(nameof(Objects))]
    public void ToString_OfASettingsOrServicesObject_ShowsNoSecret(object subject)
    {
        var text = subject.ToString();

        Assert.That(text, Is.Not.Empty);
        foreach (var secret in Secrets)
        {
            Assert.That(text, Does.Not.Contain(secret));
        }
    }

    [Test]
    public void ToString_OfReleaseSettings_ShowsTheMaskWhereTheSecretsAre()
    {
        var text = ReleaseSettings.FromEnvironment(Environment).ToString();

        Assert.That(text, Does.Contain("LwaClientSecret = ***").And.Contain("RefreshToken = ***").And.Contain("GitHubToken = ***"));
    }

    [Test]
    public void Json_OfReleaseSettings_ShowsNoSecret()
    {
        var json = JsonSerializer.Serialize(ReleaseSettings.FromEnvironment(Environment));

        Assert.That(json, Does.Contain("\"SkillId\":\"amzn1.ask.skill.x\""), "the serialization must be a real one for the check to mean anything");
        foreach (var secret in Secrets)
        {
            Assert.That(json, Does.Not.Contain(secret));
        }
    }

    [Test]
    public void Secrets_OfReleaseSettings_AreEveryCredentialRead_SoTheRedactorAndAddMaskKnowThem()
    {
        var settings = ReleaseSettings.FromEnvironment(Environment);

        Assert.That(settings.Secrets.Select(secret => secret.Reveal()), Is.EquivalentTo(Secrets));
    }
}
