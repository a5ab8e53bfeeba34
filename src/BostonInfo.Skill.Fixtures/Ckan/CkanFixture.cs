using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BostonInfo.Skill.Fixtures.Ckan;

/// <summary>
/// The fake Analyze Boston (CKAN 2.x action API) with the real portal's rules: SQL only in a POSTed JSON body
/// (its firewall refuses SQL in a query string; that it also refuses a request without a User-Agent is assumed),
/// only the DataStore's allowed functions, only tables and columns that exist, and CKAN's own error objects and
/// statuses (ckan/views/api.py) for anything else.
/// </summary>
public sealed class CkanFixture
{
    public const string SqlAction = "api/3/action/datastore_search_sql";
    public const string SearchAction = "api/3/action/datastore_search";
    public const string PackageAction = "api/3/action/package_show";

    private readonly JsonObject _recorded = FixtureFiles.Json(FixtureFiles.AnalyzeBoston);

    public FixtureResponse Respond(string path, FixtureRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.UserAgent is null || request.Parameter("sql") is not null)
        {
            return FixtureResponse.Firewall();
        }

        return path switch
        {
            SqlAction when request.Method == "POST" => SearchSql(request.Body),
            SearchAction => Search(request),
            PackageAction => Package(request.Parameter("id")),
            _ => Error(404, "Not Found Error", "Not found: The action was not found."),
        };
    }

    private string CrimeTable => (string)_recorded["crime_resource_id"]!;

    private JsonObject SqlAnswer => _recorded["datastore_search_sql"]!.AsObject();

    private JsonObject SearchAnswer => _recorded["datastore_search"]!.AsObject();

    private FixtureResponse SearchSql(string? body)
    {
        var sql = ReadSql(body);
        if (sql is null)
        {
            return Validation(new JsonObject { ["sql"] = new JsonArray("Missing value") });
        }

        var statement = CkanSqlStatement.Parse(sql);
        // CKAN runs EXPLAIN first, so PostgreSQL's own complaints come before the function check.
        if (statement.Tables.FirstOrDefault(table => table != CrimeTable) is { } unknownTable)
        {
            return Postgres(sql, $"(psycopg2.errors.UndefinedTable) relation \"{unknownTable}\" does not exist");
        }

        var columns = Columns(SqlAnswer);
        if (statement.Columns.FirstOrDefault(column => !columns.Contains(column)) is { } unknownColumn)
        {
            return Postgres(sql, $"(psycopg2.errors.UndefinedColumn) column \"{unknownColumn}\" does not exist");
        }

        if (statement.Functions.FirstOrDefault(function => !CkanAllowedFunctions.Allows(function)) is { } refused)
        {
            return Error(403, "Authorization Error", $"Access denied: Not authorized to call function {refused}");
        }

        return FixtureResponse.Json(SqlAnswer.DeepClone());
    }

    private static string? ReadSql(string? body)
    {
        try
        {
            return body is null ? null : JsonNode.Parse(body)?["sql"]?.GetValue<string>();
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            return null;
        }
    }

    private FixtureResponse Search(FixtureRequest request)
    {
        var resource = request.Parameter("resource_id") ?? "";
        if (!DatastoreTables().Contains(resource))
        {
            return Error(404, "Not Found Error", $"Not found: Resource \"{resource}\" was not found.");
        }

        var answer = SearchAnswer.DeepClone().AsObject();
        var result = answer["result"]!.AsObject();
        // Only one table has recorded rows; the dataset's other tables exist but answer none.
        var records = resource == (string?)result["resource_id"]
            ? result["records"]!.AsArray().Select(record => record!.DeepClone()).ToList()
            : [];
        result["resource_id"] = resource;
        if (request.Parameter("sort") is { } sort)
        {
            var parts = sort.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length is 0 or > 2 || !Columns(SearchAnswer).Contains(parts[0]) ||
                (parts.Length == 2 && !parts[1].Equals("asc", StringComparison.OrdinalIgnoreCase) && !parts[1].Equals("desc", StringComparison.OrdinalIgnoreCase)))
            {
                return Validation(new JsonObject { ["sort"] = new JsonArray($"invalid value \"{sort}\"") });
            }

            records = [.. records.OrderBy(record => (string?)record![parts[0]], StringComparer.Ordinal)];
            if (parts.Length == 2 && parts[1].Equals("desc", StringComparison.OrdinalIgnoreCase))
            {
                records.Reverse();
            }
        }

        var limit = int.TryParse(request.Parameter("limit"), CultureInfo.InvariantCulture, out var asked) ? asked : 100;
        result["records"] = new JsonArray([.. records.Take(limit)]);
        return FixtureResponse.Json(answer);
    }

    private FixtureResponse Package(string? id)
    {
        var package = _recorded["package_show"]!;
        return id == (string?)package["result"]!["name"] || id == (string?)package["result"]!["id"]
            ? FixtureResponse.Json(package.DeepClone())
            : Error(404, "Not Found Error", "Not found");
    }

    private HashSet<string> DatastoreTables() =>
        _recorded["package_show"]!["result"]!["resources"]!.AsArray()
            .Where(resource => (bool?)resource!["datastore_active"] == true)
            .Select(resource => (string)resource!["id"]!)
            .Append(CrimeTable)
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>A table's columns: those of its recorded rows (CKAN adds _id and _full_text to every table).</summary>
    private static HashSet<string> Columns(JsonObject answer) =>
        answer["result"]!["records"]!.AsArray().OfType<JsonObject>()
            .SelectMany(record => record.Select(pair => pair.Key))
            .Append("_id")
            .Append("_full_text")
            .ToHashSet(StringComparer.Ordinal);

    private static FixtureResponse Postgres(string sql, string problem) =>
        Validation(new JsonObject
        {
            ["query"] = new JsonArray(problem),
            ["info"] = new JsonObject { ["statement"] = new JsonArray(sql) },
        });

    private static FixtureResponse Validation(JsonObject errors)
    {
        errors["__type"] = "Validation Error";
        return Envelope(409, errors);
    }

    private static FixtureResponse Error(int status, string type, string message) =>
        Envelope(status, new JsonObject { ["__type"] = type, ["message"] = message });

    private static FixtureResponse Envelope(int status, JsonObject error) =>
        FixtureResponse.Json(new JsonObject { ["help"] = "https://data.boston.gov/api/3/action/help_show", ["success"] = false, ["error"] = error }, status);
}
