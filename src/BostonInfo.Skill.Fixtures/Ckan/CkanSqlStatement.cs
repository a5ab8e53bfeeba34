using System.Text.RegularExpressions;

namespace BostonInfo.Skill.Fixtures.Ckan;

/// <summary>
/// What CKAN's datastore_search_sql sees in a statement before running it: the function calls (found the way
/// sqlparse finds them, a name directly followed by "(", as ckanext/datastore/helpers.py does), the tables after
/// FROM or JOIN, and the other quoted identifiers (the columns PostgreSQL will look up).
/// </summary>
public sealed partial class CkanSqlStatement
{
    // sqlparse's lexer matches these as keywords before its "name followed by (" rule, so "IN (" is no call.
    private static readonly HashSet<string> KeywordsBeforeParenthesis = new(StringComparer.OrdinalIgnoreCase)
    {
        "CASE", "IN", "VALUES", "USING", "FROM", "AS",
    };

    private CkanSqlStatement(IReadOnlyList<string> functions, IReadOnlyList<string> tables, IReadOnlyList<string> columns)
    {
        Functions = functions;
        Tables = tables;
        Columns = columns;
    }

    /// <summary>The names called as functions, as written (CKAN's error message repeats them so).</summary>
    public IReadOnlyList<string> Functions { get; }

    public IReadOnlyList<string> Tables { get; }

    public IReadOnlyList<string> Columns { get; }

    public static CkanSqlStatement Parse(string sql)
    {
        ArgumentNullException.ThrowIfNull(sql);
        var withoutStrings = StringLiteral().Replace(sql, "''");
        var tables = Table().Matches(withoutStrings).Select(match => Unquote(match.Groups["name"].Value)).Distinct().ToList();
        var identifiers = QuotedIdentifier().Matches(withoutStrings).Select(match => Unquote(match.Value)).Distinct();
        var columns = identifiers.Except(tables).ToList();
        var bare = QuotedIdentifier().Replace(withoutStrings, "\"\"");
        var functions = FunctionCall().Matches(bare).Select(match => match.Groups["name"].Value)
            .Where(name => !KeywordsBeforeParenthesis.Contains(name))
            .Distinct()
            .ToList();
        return new CkanSqlStatement(functions, tables, columns);
    }

    private static string Unquote(string identifier) => identifier.Trim('"').Replace("\"\"", "\"", StringComparison.Ordinal);

    [GeneratedRegex("'(?:''|[^'])*'")]
    private static partial Regex StringLiteral();

    [GeneratedRegex("\"(?:\"\"|[^\"])*\"")]
    private static partial Regex QuotedIdentifier();

    [GeneratedRegex("\\b(?:FROM|JOIN)\\s+(?<name>\"(?:\"\"|[^\"])*\")", RegexOptions.IgnoreCase)]
    private static partial Regex Table();

    [GeneratedRegex(@"(?<![\w$.])(?<name>[A-Za-z_][\w$]*)\(")]
    private static partial Regex FunctionCall();
}
