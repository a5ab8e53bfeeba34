using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace BostonInfo.Skill.Fixtures.ArcGis;

/// <summary>
/// The city's fake ArcGIS Online feature services: "{service}/FeatureServer/0/query" over the recorded layers,
/// honouring where, outFields, geometry (with distance and units), orderByFields, returnGeometry and outSR, and
/// answering ArcGIS's error object (HTTP 200) for an unknown service, layer or field, as the real one does.
/// </summary>
public sealed partial class FeatureServiceFixture
{
    private readonly JsonObject _services = FixtureFiles.Json(FixtureFiles.FeatureServices);

    public FixtureResponse Respond(string path, FixtureRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var match = LayerQuery().Match(path);
        if (!match.Success || _services[match.Groups["service"].Value] is not JsonObject layer || match.Groups["layer"].Value != "0")
        {
            return ArcGisError.Response(ArcGisError.InvalidUrl);
        }

        return ArcGisError.AsksForJson(request) ? Query(layer, request) : ArcGisError.HtmlPage();
    }

    private static FixtureResponse Query(JsonObject layer, FixtureRequest request)
    {
        var fields = Fields(layer);
        var (spatial, spatialProblem) = SpatialFilter.From(request);
        if (spatialProblem is not null)
        {
            return ArcGisError.Response(ArcGisError.CannotComplete, spatialProblem, "Unable to complete Query operation.");
        }

        var where = request.Parameter("where");
        if (string.IsNullOrWhiteSpace(where) && spatial is null)
        {
            return ArcGisError.Response(ArcGisError.CannotComplete, "Either 'where' or 'geometry' or 'objectIds' parameter must be specified.");
        }

        if (WhereClause.Parse(string.IsNullOrWhiteSpace(where) ? "1=1" : where, fields) is not { } clause)
        {
            return ArcGisError.Response(ArcGisError.InvalidQuery, "'where' parameter is invalid");
        }

        var outFields = OutFields(request.Parameter("outFields"), layer, fields);
        var order = OrderBy(request.Parameter("orderByFields"), fields);
        if (outFields is null || order is null)
        {
            return ArcGisError.Response(ArcGisError.InvalidQuery, "Unable to perform query. Please check your parameters.");
        }

        var features = layer["features"]!.AsArray().OfType<JsonObject>()
            .Where(feature => clause.Matches(feature["attributes"]!.AsObject()) && (spatial is null || spatial.Matches(feature["geometry"])))
            .ToList();
        foreach (var (field, descending) in order.AsEnumerable().Reverse())
        {
            features = descending
                ? [.. features.OrderByDescending(feature => Attribute(feature, field), AttributeOrder.Instance)]
                : [.. features.OrderBy(feature => Attribute(feature, field), AttributeOrder.Instance)];
        }

        var answer = layer.DeepClone().AsObject();
        var wgs84 = request.Parameter("outSR") == "4326";
        var returnGeometry = !"false".Equals(request.Parameter("returnGeometry"), StringComparison.OrdinalIgnoreCase);
        answer["spatialReference"] = wgs84 ? new JsonObject { ["wkid"] = 4326 } : new JsonObject { ["wkid"] = 102100, ["latestWkid"] = 3857 };
        answer["features"] = new JsonArray([.. features.Select(feature => (JsonNode?)Shaped(feature, outFields, returnGeometry, wgs84))]);
        return FixtureResponse.Json(answer);
    }

    /// <summary>The layer's fields, matched without regard to case as ArcGIS matches them.</summary>
    private static HashSet<string> Fields(JsonObject layer) =>
        layer["fields"]!.AsArray().Select(field => (string)field!["name"]!)
            .Concat(layer["features"]!.AsArray().SelectMany(feature => feature!["attributes"]!.AsObject().Select(pair => pair.Key)))
            .Append((string)layer["objectIdFieldName"]!)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The fields to return: "*" for all; without outFields only the object id, as ArcGIS does.</summary>
    private static HashSet<string>? OutFields(string? outFields, JsonObject layer, HashSet<string> fields)
    {
        if (string.IsNullOrWhiteSpace(outFields))
        {
            return new HashSet<string>([(string)layer["objectIdFieldName"]!], StringComparer.OrdinalIgnoreCase);
        }

        var names = outFields.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return names.Contains("*") ? fields : names.All(fields.Contains) ? names.ToHashSet(StringComparer.OrdinalIgnoreCase) : null;
    }

    private static List<(string Field, bool Descending)>? OrderBy(string? orderByFields, HashSet<string> fields)
    {
        var order = new List<(string, bool)>();
        foreach (var clause in (orderByFields ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = clause.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (!fields.Contains(parts[0]) || parts.Length > 2 || (parts.Length == 2 && parts[1].ToUpperInvariant() is not ("ASC" or "DESC")))
            {
                return null;
            }

            order.Add((parts[0], parts.Length == 2 && parts[1].Equals("DESC", StringComparison.OrdinalIgnoreCase)));
        }

        return order;
    }

    private static JsonNode? Attribute(JsonObject feature, string field) =>
        feature["attributes"]!.AsObject().FirstOrDefault(pair => pair.Key.Equals(field, StringComparison.OrdinalIgnoreCase)).Value;

    private static JsonObject Shaped(JsonObject feature, HashSet<string> outFields, bool returnGeometry, bool wgs84)
    {
        var shaped = new JsonObject
        {
            ["attributes"] = new JsonObject(feature["attributes"]!.AsObject()
                .Where(pair => outFields.Contains(pair.Key))
                .Select(pair => KeyValuePair.Create(pair.Key, pair.Value?.DeepClone()))),
        };
        if (returnGeometry && feature["geometry"] is JsonObject geometry)
        {
            shaped["geometry"] = wgs84 ? geometry.DeepClone() : WebMercator(geometry);
        }

        return shaped;
    }

    private static JsonObject WebMercator(JsonObject geometry)
    {
        if (geometry["rings"] is JsonArray rings)
        {
            return new JsonObject
            {
                ["rings"] = new JsonArray([.. rings.OfType<JsonArray>().Select(ring => (JsonNode?)new JsonArray([.. ring.Select(vertex =>
                {
                    var (x, y) = SpatialFilter.ToWebMercator((double)vertex![0]!, (double)vertex[1]!);
                    return (JsonNode?)new JsonArray(x, y);
                })]))]),
            };
        }

        var (px, py) = SpatialFilter.ToWebMercator((double)geometry["x"]!, (double)geometry["y"]!);
        return new JsonObject { ["x"] = px, ["y"] = py };
    }

    [GeneratedRegex(@"^(?<service>[A-Za-z0-9_]+)/FeatureServer/(?<layer>\d+)/query$")]
    private static partial Regex LayerQuery();
}
