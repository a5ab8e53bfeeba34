using SkillRelease.Lambda.Model;
using SkillRelease.Release.Function;
using SkillRelease.Tests.Release.Support;
using TestSupport;

namespace SkillRelease.Tests.Release.Function;

public sealed class FunctionDefinitionTests
{
    private static readonly Dictionary<string, string> Settings = new() { ["ALEXA_SKILL_ID"] = StateBuilder.SkillId };

    [Test]
    public void Parse_TheRepositorysDeclaration_FillsInTheSkillIdAndKeepsTheSecretByName()
    {
        var path = Path.Combine(RepositoryFiles.Root, "src", "BostonInfo.Skill", "function.json");

        var definition = FunctionDefinition.Load(path, Settings);

        Assert.That((definition.Runtime, definition.Architecture, definition.IsNativeAot), Is.EqualTo(("dotnet10", "x86_64", false)));
        Assert.That(definition.Variables, Is.EqualTo(new Dictionary<string, string> { ["ALEXA_SKILL_ID"] = StateBuilder.SkillId }));
        Assert.That(definition.KeptVariables, Is.EquivalentTo(new[] { "FEEDBACK_WEBHOOK_URL" }));
    }

    [TestCase("\"Runtime\": \"python3.12\"", "Runtime python3.12 cannot run this skill")]
    [TestCase("\"Architectures\": [\"x86_64\", \"arm64\"]", "Architectures must be")]
    [TestCase("\"MemorySize\": 64", "MemorySize must be a whole number from 128 to 10240")]
    [TestCase("\"Environment\": {\"Variables\": {\"A\": \"${GITHUB_TOKEN}\"}}", "names ${GITHUB_TOKEN}, which is not a setting")]
    [TestCase("\"Environment\": {\"Variables\": {\"A\": 3}}", "Environment.Variables.A must be a string")]
    public void Parse_WithAWrongMember_SaysWhichAndWhatToWrite(string member, string expected)
    {
        var error = Assert.Throws<FunctionDefinitionException>(() => FunctionDefinition.Parse(Json(member), "function.json", Settings));

        Assert.That(error!.Message, Does.StartWith("function.json: ").And.Contain(expected));
    }

    [Test]
    public void Differences_ForAConsoleChange_NameWhatDiffersButNoValue()
    {
        var definition = FunctionDefinition.Parse(Json(), "function.json", Settings);
        var changedByHand = Matching(definition) with
        {
            MemorySize = 256,
            Environment = new FunctionEnvironment { Variables = new Dictionary<string, string> { ["ALEXA_SKILL_ID"] = "amzn1.ask.skill.other", ["DEBUG"] = "secret-ish", ["FEEDBACK_WEBHOOK_URL"] = "https://hooks.example/x" } },
        };

        var differences = definition.Differences(changedByHand);

        Assert.That(differences, Is.EqualTo(new[] { "memory 256 MB → 512 MB", "environment ALEXA_SKILL_ID set", "environment DEBUG removed (not declared)" }));
        Assert.That(string.Join(" ", differences), Does.Not.Contain("secret-ish").And.Not.Contain(StateBuilder.SkillId));
    }

    [Test]
    public void Describes_AVersionOnAnotherArchitecture_IsFalseThoughTheConfigurationMatches()
    {
        var definition = FunctionDefinition.Parse(Json(), "function.json", Settings);

        Assert.That(definition.Describes(Matching(definition)), Is.True);
        Assert.That(definition.Describes(Matching(definition) with { Architectures = ["arm64"] }), Is.False);
    }

    [Test]
    public void EnvironmentFor_KeepsTheFunctionsSecretAndDropsWhatIsNotDeclared()
    {
        var definition = FunctionDefinition.Parse(Json(), "function.json", Settings);
        var current = Matching(definition) with
        {
            Environment = new FunctionEnvironment { Variables = new Dictionary<string, string> { ["FEEDBACK_WEBHOOK_URL"] = "https://hooks.example/x", ["STRAY"] = "1" } },
        };

        var environment = definition.EnvironmentFor(current);

        Assert.That(environment.Variables, Is.EqualTo(new Dictionary<string, string> { ["ALEXA_SKILL_ID"] = StateBuilder.SkillId, ["FEEDBACK_WEBHOOK_URL"] = "https://hooks.example/x" }));
    }

    internal static FunctionConfiguration Matching(FunctionDefinition definition) => new()
    {
        Runtime = definition.Runtime,
        Handler = definition.Handler,
        MemorySize = definition.MemorySize,
        Timeout = definition.Timeout,
        Architectures = [definition.Architecture],
        Environment = new FunctionEnvironment { Variables = definition.Variables },
    };

    /// <summary>A valid declaration, with <paramref name="replacement"/> overriding one member.</summary>
    internal static string Json(string? replacement = null)
    {
        var members = new Dictionary<string, string>
        {
            ["Runtime"] = "\"Runtime\": \"dotnet10\"",
            ["Handler"] = "\"Handler\": \"BostonInfo.Skill::BostonInfo.Skill.Function::Handle\"",
            ["Architectures"] = "\"Architectures\": [\"x86_64\"]",
            ["MemorySize"] = "\"MemorySize\": 512",
            ["Timeout"] = "\"Timeout\": 10",
            ["Environment"] = "\"Environment\": {\"Variables\": {\"ALEXA_SKILL_ID\": \"${ALEXA_SKILL_ID}\", \"FEEDBACK_WEBHOOK_URL\": null}}",
        };
        if (replacement is not null)
        {
            members[replacement.Split('"')[1]] = replacement;
        }

        return "{" + string.Join(", ", members.Values) + "}";
    }
}
