using System.Text.Json.Nodes;
using SkillRelease.Lambda;

namespace SkillRelease.Simulator.Smapi;

/// <summary>The skill the simulator starts with: a development stage pointing at the function's unqualified ARN,
/// an en-US model, never certified, never live.</summary>
internal static class SeedSkill
{
    public const string Locale = "en-US";

    public static StageContent Development(SimulatorOptions options)
    {
        var development = new StageContent(Manifest(options), options.Time.GetUtcNow());
        development.SetModel(Locale, Model(), options.Time.GetUtcNow());
        return development;
    }

    public static JsonObject Manifest(SimulatorOptions options) => new()
    {
        ["manifestVersion"] = "1.0",
        ["publishingInformation"] = new JsonObject
        {
            ["locales"] = new JsonObject
            {
                [Locale] = new JsonObject
                {
                    ["name"] = "Boston Info",
                    ["summary"] = "City of Boston information.",
                    ["description"] = "Trash day, city services and news for Boston residents.",
                    ["examplePhrases"] = new JsonArray("Alexa, open boston info"),
                },
            },
            ["category"] = "LOCAL",
            ["isAvailableWorldwide"] = false,
            ["distributionCountries"] = new JsonArray("US"),
        },
        ["apis"] = new JsonObject
        {
            ["custom"] = new JsonObject
            {
                ["endpoint"] = new JsonObject { ["uri"] = LambdaWire.FunctionArn(options.Region, options.AccountId, options.FunctionName) },
            },
        },
    };

    public static JsonObject Model() => new()
    {
        ["languageModel"] = new JsonObject
        {
            ["invocationName"] = "boston info",
            ["intents"] = new JsonArray(
                new JsonObject { ["name"] = "AMAZON.HelpIntent", ["samples"] = new JsonArray() },
                new JsonObject { ["name"] = "AMAZON.StopIntent", ["samples"] = new JsonArray() },
                new JsonObject { ["name"] = "TrashDayIntent", ["samples"] = new JsonArray("when is trash day", "when is trash pickup") }),
            ["types"] = new JsonArray(),
        },
    };
}
