using System.Text.Json.Nodes;

namespace SkillRelease.Release.Packages;

/// <summary>Reads and sets the custom skill's Lambda endpoint in a <c>{"manifest":…}</c> envelope.</summary>
public static class ManifestEndpoint
{
    /// <summary><c>manifest.apis.custom.endpoint.uri</c>, or null.</summary>
    public static string? Get(JsonObject? envelope) => envelope?["manifest"]?["apis"]?["custom"]?["endpoint"]?["uri"]?.GetValue<string>();

    /// <summary>A copy whose default endpoint, and every regional endpoint, is <paramref name="uri"/>.</summary>
    public static JsonObject With(JsonObject envelope, string uri)
    {
        var copy = (JsonObject)envelope.DeepClone();
        var manifest = copy["manifest"]!.AsObject();
        var apis = manifest["apis"] as JsonObject ?? (JsonObject)(manifest["apis"] = new JsonObject());
        var custom = apis["custom"] as JsonObject ?? (JsonObject)(apis["custom"] = new JsonObject());
        custom["endpoint"] = new JsonObject { ["uri"] = uri };
        if (custom["regions"] is JsonObject regions)
        {
            foreach (var region in regions.Select(r => r.Value).OfType<JsonObject>())
            {
                region["endpoint"] = new JsonObject { ["uri"] = uri };
            }
        }

        return copy;
    }

    /// <summary>A copy without any endpoint, for comparing what certification cares about.</summary>
    public static JsonObject Without(JsonObject envelope)
    {
        var copy = (JsonObject)envelope.DeepClone();
        if (copy["manifest"]?["apis"]?["custom"] is JsonObject custom)
        {
            custom.Remove("endpoint");
            if (custom["regions"] is JsonObject regions)
            {
                foreach (var region in regions.Select(r => r.Value).OfType<JsonObject>())
                {
                    region.Remove("endpoint");
                }
            }
        }

        return copy;
    }
}
