using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace BostonInfo.Skill.Fixtures.ArcGis;

/// <summary>
/// The part of ArcGIS's standardized SQL the skill uses: "1=1", or comparisons of a field with a number or a
/// quoted string joined by AND. A field the layer lacks, or anything else, is refused as ArcGIS refuses it.
/// </summary>
public sealed partial class WhereClause
{
    private readonly IReadOnlyList<Comparison> _comparisons;

    private WhereClause(IReadOnlyList<Comparison> comparisons) => _comparisons = comparisons;

    /// <summary>The clause, or null when it is not one the fake understands or names a field the layer lacks.</summary>
    public static WhereClause? Parse(string where, IReadOnlySet<string> fields)
    {
        ArgumentNullException.ThrowIfNull(where);
        ArgumentNullException.ThrowIfNull(fields);
        if (AlwaysTrue().IsMatch(where))
        {
            return new WhereClause([]);
        }

        var comparisons = new List<Comparison>();
        foreach (var part in And().Split(where.Trim()))
        {
            var match = ComparisonPattern().Match(part.Trim());
            if (!match.Success || !fields.Contains(match.Groups["field"].Value))
            {
                return null;
            }

            var text = match.Groups["text"];
            comparisons.Add(new Comparison(
                match.Groups["field"].Value,
                match.Groups["op"].Value,
                text.Success ? text.Value.Replace("''", "'", StringComparison.Ordinal) : null,
                text.Success ? null : double.Parse(match.Groups["number"].Value, CultureInfo.InvariantCulture)));
        }

        return new WhereClause(comparisons);
    }

    public bool Matches(JsonObject attributes)
    {
        ArgumentNullException.ThrowIfNull(attributes);
        return _comparisons.All(comparison => comparison.Matches(attributes));
    }

    [GeneratedRegex(@"^\s*1\s*=\s*1\s*$")]
    private static partial Regex AlwaysTrue();

    [GeneratedRegex(@"\s+AND\s+", RegexOptions.IgnoreCase)]
    private static partial Regex And();

    [GeneratedRegex(@"^(?<field>[A-Za-z_][A-Za-z0-9_]*)\s*(?<op><>|>=|<=|=|>|<)\s*(?:'(?<text>(?:''|[^'])*)'|(?<number>-?\d+(?:\.\d+)?))$")]
    private static partial Regex ComparisonPattern();

    private sealed record Comparison(string Field, string Operator, string? Text, double? Number)
    {
        public bool Matches(JsonObject attributes)
        {
            var value = attributes.FirstOrDefault(pair => pair.Key.Equals(Field, StringComparison.OrdinalIgnoreCase)).Value;
            int? order = value switch
            {
                null => null,
                JsonValue number when Number is { } wanted && number.TryGetValue<double>(out var actual) => actual.CompareTo(wanted),
                JsonValue text when Text is not null && text.TryGetValue<string>(out var actual) => string.CompareOrdinal(actual, Text),
                _ => null,
            };
            return order is { } compared && Operator switch
            {
                "=" => compared == 0,
                "<>" => compared != 0,
                ">" => compared > 0,
                "<" => compared < 0,
                ">=" => compared >= 0,
                _ => compared <= 0,
            };
        }
    }
}
