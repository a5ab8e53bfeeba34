using YamlDotNet.RepresentationModel;

namespace Build.Tests.Workflows;

/// <summary>Walking YAML by keys, as the tests read a workflow: a missing key gives null, not an exception.</summary>
internal static class YamlNodes
{
    public static YamlNode? Node(this YamlNode? node, params string[] keys)
    {
        foreach (var key in keys)
        {
            node = node is YamlMappingNode mapping && mapping.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child : null;
        }

        return node;
    }

    /// <summary>The scalar at <paramref name="keys"/>, or null where there is none.</summary>
    public static string? Text(this YamlNode? node, params string[] keys) => (node.Node(keys) as YamlScalarNode)?.Value;

    /// <summary>The keys and values of a mapping (none for anything else).</summary>
    public static IEnumerable<KeyValuePair<string, YamlNode>> Entries(this YamlNode? node) =>
        node is YamlMappingNode mapping
            ? mapping.Children.Select(entry => KeyValuePair.Create(((YamlScalarNode)entry.Key).Value!, entry.Value))
            : [];

    /// <summary>Every scalar below <paramref name="node"/>, with the keys that lead to it (none below null).</summary>
    public static IEnumerable<(string Path, string Value)> Scalars(this YamlNode? node, string path = "")
    {
        return node switch
        {
            YamlScalarNode scalar => [(path, scalar.Value ?? "")],
            YamlMappingNode mapping => mapping.Entries().SelectMany(entry => entry.Value.Scalars($"{path}/{entry.Key}")),
            YamlSequenceNode sequence => sequence.Children.SelectMany((child, index) => child.Scalars($"{path}/{index}")),
            _ => [],
        };
    }
}
