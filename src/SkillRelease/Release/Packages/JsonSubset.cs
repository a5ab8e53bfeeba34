using System.Text.Json.Nodes;

namespace SkillRelease.Release.Packages;

/// <summary>
/// Canonical comparison of skill-package documents with what SMAPI holds: every property we send must be there with
/// an equal value (object key order never matters); properties the server added are ignored, so a document SMAPI
/// decorated still counts as current and is not re-uploaded.
/// </summary>
public static class JsonSubset
{
    public static bool IsContainedIn(JsonNode? ours, JsonNode? theirs) => (ours, theirs) switch
    {
        (null, null) => true,
        (JsonObject mine, JsonObject remote) => mine.All(p => remote.TryGetPropertyValue(p.Key, out var value) && IsContainedIn(p.Value, value)),
        (JsonArray mine, JsonArray remote) => mine.Count == remote.Count && mine.Zip(remote).All(pair => IsContainedIn(pair.First, pair.Second)),
        (JsonValue mine, JsonValue remote) => JsonNode.DeepEquals(mine, remote) || mine.ToJsonString() == remote.ToJsonString(),
        _ => false,
    };
}
