using System.Text.Json.Nodes;
using SkillRelease.Smapi;
using SkillRelease.Tests.Support;

namespace SkillRelease.Tests.Smapi;

/// <summary>Builders for the envelopes the tests send, starting from what the simulator holds.</summary>
internal static class SkillPackageDocuments
{
    public static async Task<JsonObject> DevelopmentManifestAsync(SmapiHarness harness) =>
        (await harness.Smapi.Manifest.GetAsync(harness.SkillId, Stages.Development, CancellationToken.None))!.Envelope;

    public static JsonObject WithEndpoint(this JsonObject envelope, string uri)
    {
        envelope["manifest"]!["apis"]!["custom"]!["endpoint"] = new JsonObject { ["uri"] = uri };
        return envelope;
    }

    public static JsonObject Model(string invocationName = "boston info", params string[] intents) => new()
    {
        ["interactionModel"] = new JsonObject
        {
            ["languageModel"] = new JsonObject
            {
                ["invocationName"] = invocationName,
                ["intents"] = new JsonArray([.. (intents.Length == 0 ? ["AMAZON.HelpIntent", "TrashDayIntent"] : intents).Select(i => new JsonObject { ["name"] = i, ["samples"] = new JsonArray() })]),
            },
        },
    };
}
