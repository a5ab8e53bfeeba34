using System.Text.Json.Nodes;

namespace SkillRelease.Release.Packages;

/// <summary>
/// Exact comparison of a skill-package document with what SMAPI holds, on what we own: the <c>manifest</c> of a
/// manifest envelope, the <c>interactionModel</c> of a model envelope. The envelope's other members are SMAPI's own
/// (a model GET adds <c>version</c> and <c>description</c>, smapi-contract.md §5), so they are not compared.
/// Within what we own the comparison is exact after normalising: key order never matters, numbers compare by value,
/// and a null, an empty array and an empty object count as absent. Anything else that SMAPI holds and we do not
/// (an intent, slot type, dialog, prompt, locale or permission removed from skill-package/) is a difference, so
/// the removal is pushed to the development stage and promote sees the live stage as different.
/// </summary>
public static class SkillDocuments
{
    private static readonly string[] OwnedMembers = ["manifest", "interactionModel"];

    public static bool AreEquivalent(JsonObject ours, JsonObject? theirs)
    {
        ArgumentNullException.ThrowIfNull(ours);
        return theirs is not null && OwnedMembers.All(name => Same(Owned(ours, name), Owned(theirs, name)));
    }

    private static JsonNode? Owned(JsonObject envelope, string name) => envelope.TryGetPropertyValue(name, out var value) ? value : null;

    private static bool Same(JsonNode? ours, JsonNode? theirs) => (Normalised(ours), Normalised(theirs)) switch
    {
        (null, null) => true,
        (JsonObject mine, JsonObject remote) => SameMembers(mine, remote),
        (JsonArray mine, JsonArray remote) => mine.Count == remote.Count && mine.Zip(remote).All(pair => Same(pair.First, pair.Second)),
        (JsonValue mine, JsonValue remote) => SameValue(mine, remote),
        _ => false,
    };

    private static bool SameMembers(JsonObject mine, JsonObject remote)
    {
        var ourKeys = mine.Where(p => Normalised(p.Value) is not null).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        var theirKeys = remote.Where(p => Normalised(p.Value) is not null).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        return ourKeys.SetEquals(theirKeys) && ourKeys.All(key => Same(mine[key], remote[key]));
    }

    private static bool SameValue(JsonValue mine, JsonValue remote)
    {
        if (JsonNode.DeepEquals(mine, remote))
        {
            return true;
        }

        return mine.TryGetValue<decimal>(out var a) && remote.TryGetValue<decimal>(out var b) && a == b;
    }

    /// <summary>Null, <c>[]</c> and <c>{}</c> (after normalising their members) mean "not set".</summary>
    private static JsonNode? Normalised(JsonNode? node) => node switch
    {
        JsonArray { Count: 0 } => null,
        JsonObject obj when obj.All(p => Normalised(p.Value) is null) => null,
        _ => node,
    };
}
