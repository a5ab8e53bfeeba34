using SkillRelease.Release.Packages;

namespace SkillRelease.Tests.Release.Packages;

public sealed class SkillPackageTests
{
    private string _folder = "";

    [SetUp]
    public void CreateFolder()
    {
        _folder = Directory.CreateTempSubdirectory("skill-package-").FullName;
        Directory.CreateDirectory(Path.Combine(_folder, "interactionModels", "custom"));
        Write("skill.json", """{"manifest":{"publishingInformation":{"locales":{"en-US":{"name":"Boston Info"}}}}}""");
        Write("interactionModels/custom/en-US.json", """{"interactionModel":{"languageModel":{"invocationName":"boston info","intents":[{"name":"AMAZON.HelpIntent"}]}}}""");
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void Load_ReadsTheManifestAndEveryLocale()
    {
        var package = SkillPackage.Load(_folder);

        Assert.That(package.Locales, Is.EqualTo(new[] { "en-US" }));
        Assert.That(package.Models["en-US"]["interactionModel"]!["languageModel"]!["invocationName"]!.GetValue<string>(), Is.EqualTo("boston info"));
    }

    [Test]
    public void Load_OfTheRepositorysSkillPackage_Succeeds()
    {
        var package = SkillPackage.Load(RepositoryFiles.PathOf("skill-package"));

        Assert.That(package.Locales, Does.Contain("en-US"));
    }

    [Test]
    public void Load_WithMalformedJson_NamesTheFile()
    {
        Write("interactionModels/custom/en-US.json", """{"interactionModel": {""");

        var error = Assert.Throws<SkillPackageException>(() => SkillPackage.Load(_folder));

        Assert.That(error!.Message, Does.Contain("en-US.json is not valid JSON"));
    }

    [Test]
    public void Load_WithAModelForALocaleTheManifestLacks_SaysWhatToAdd()
    {
        Write("interactionModels/custom/en-GB.json", """{"interactionModel":{"languageModel":{"invocationName":"boston info","intents":[{"name":"A"}]}}}""");

        var error = Assert.Throws<SkillPackageException>(() => SkillPackage.Load(_folder));

        Assert.That(error!.Message, Does.Contain("is a model for en-GB, but skill.json's publishingInformation.locales does not list en-GB"));
    }

    [Test]
    public void Load_WithoutAnInvocationName_Refuses()
    {
        Write("interactionModels/custom/en-US.json", """{"interactionModel":{"languageModel":{"intents":[{"name":"A"}]}}}""");

        Assert.That(() => SkillPackage.Load(_folder), Throws.TypeOf<SkillPackageException>().With.Message.Contains("invocationName"));
    }

    private void Write(string relative, string text) => File.WriteAllText(Path.Combine(_folder, relative), text);
}
