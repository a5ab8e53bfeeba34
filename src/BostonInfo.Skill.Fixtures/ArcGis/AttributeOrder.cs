using System.Text.Json;
using System.Text.Json.Nodes;

namespace BostonInfo.Skill.Fixtures.ArcGis;

/// <summary>orderByFields' order: numbers by value, text by ordinal, nulls first (as ArcGIS Online sorts them).</summary>
public sealed class AttributeOrder : IComparer<JsonNode?>
{
    public static AttributeOrder Instance { get; } = new();

    public int Compare(JsonNode? x, JsonNode? y) => (x, y) switch
    {
        (null, null) => 0,
        (null, _) => -1,
        (_, null) => 1,
        _ when x.GetValueKind() == JsonValueKind.Number && y.GetValueKind() == JsonValueKind.Number => ((double)x).CompareTo((double)y),
        _ => string.CompareOrdinal(x.ToString(), y.ToString()),
    };
}
