using System.Text.Json;
using BostonInfo.Skill.Tests.Support;

namespace BostonInfo.Skill.Tests.SkillPackage;

public sealed class SkillManifestTests
{
    private const string InvocationPrefix = "Alexa, ask boston info ";

    private JsonDocument _document = null!;

    private JsonElement Manifest => _document.RootElement.GetProperty("manifest");

    private JsonElement EnglishUs => Manifest.GetProperty("publishingInformation").GetProperty("locales").GetProperty("en-US");

    [SetUp]
    public void LoadManifest() => _document = JsonDocument.Parse(File.ReadAllText(RepositoryFiles.PathOf("skill-package", "skill.json")));

    [TearDown]
    public void DisposeManifest() => _document.Dispose();

    [Test]
    public void Manifest_AsksForTheDeviceAddressAndGeolocationPermissions()
    {
        var permissions = Manifest.GetProperty("permissions").EnumerateArray().Select(p => p.GetProperty("name").GetString());

        Assert.That(permissions, Is.EquivalentTo(new[] { "alexa::devices:all:address:full:read", "alexa::devices:all:geolocation:read" }));
    }

    [Test]
    public void Manifest_PublishesBostonInfoInTheUsOnly()
    {
        var publishing = Manifest.GetProperty("publishingInformation");

        Assert.Multiple(() =>
        {
            Assert.That(Manifest.GetProperty("manifestVersion").GetString(), Is.EqualTo("1.0"));
            Assert.That(EnglishUs.GetProperty("name").GetString(), Is.EqualTo("Boston Info"));
            Assert.That(EnglishUs.GetProperty("summary").GetString(), Is.Not.Empty);
            Assert.That(EnglishUs.GetProperty("description").GetString(), Is.Not.Empty);
            Assert.That(EnglishUs.GetProperty("keywords").GetArrayLength(), Is.GreaterThan(0));
            Assert.That(publishing.GetProperty("isAvailableWorldwide").GetBoolean(), Is.False);
            Assert.That(publishing.GetProperty("distributionCountries").EnumerateArray().Select(c => c.GetString()), Is.EqualTo(new[] { "US" }));
            Assert.That(publishing.GetProperty("category").GetString(), Is.Not.Empty);
            Assert.That(publishing.GetProperty("testingInstructions").GetString(), Is.Not.Empty);
        });
    }

    [Test]
    public void ExamplePhrases_AreThreeInvocationsOfSampleUtterances()
    {
        using var model = InteractionModel.Load();
        var samples = model.Intents.SelectMany(InteractionModel.Samples).Select(InteractionModel.Normalise).ToHashSet();
        var phrases = EnglishUs.GetProperty("examplePhrases").EnumerateArray().Select(p => p.GetString()!).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(phrases, Has.Count.EqualTo(3));
            foreach (var phrase in phrases)
            {
                Assert.That(phrase, Does.StartWith(InvocationPrefix));
                Assert.That(samples, Does.Contain(InteractionModel.Normalise(phrase[InvocationPrefix.Length..].TrimEnd('?', '.'))),
                    $"\"{phrase}\" must be a sample utterance (certification checks this)");
            }
        });
    }

    [Test]
    public void PrivacyAndCompliance_DeclaresPersonalInfoAndBostonGovPolicies()
    {
        var privacy = Manifest.GetProperty("privacyAndCompliance");
        var urls = privacy.GetProperty("locales").GetProperty("en-US");

        Assert.Multiple(() =>
        {
            Assert.That(privacy.GetProperty("allowsPurchases").GetBoolean(), Is.False);
            Assert.That(privacy.GetProperty("usesPersonalInfo").GetBoolean(), Is.True);
            Assert.That(privacy.GetProperty("isChildDirected").GetBoolean(), Is.False);
            Assert.That(privacy.GetProperty("isExportCompliant").GetBoolean(), Is.True);
            Assert.That(privacy.GetProperty("containsAds").GetBoolean(), Is.False);
            Assert.That(urls.GetProperty("privacyPolicyUrl").GetString(), Does.StartWith("https://www.boston.gov/"));
            Assert.That(urls.GetProperty("termsOfUseUrl").GetString(), Does.StartWith("https://www.boston.gov/"));
        });
    }

    [Test]
    public void CustomEndpoint_IsALambdaArnPlaceholderForThePipelineToFill()
    {
        var uri = Manifest.GetProperty("apis").GetProperty("custom").GetProperty("endpoint").GetProperty("uri").GetString();

        Assert.That(uri, Does.Match(@"^arn:aws:lambda:[a-z0-9-]+:\d{12}:function:[A-Za-z0-9_-]+$"));
    }
}
