using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using BostonInfo.Skill.Fixtures.ArcGis;
using BostonInfo.Skill.Fixtures.Ckan;

namespace BostonInfo.Skill.Fixtures;

/// <summary>
/// The fake city services: answers each request from the fixture files, choosing the recorded answer by the
/// request's own parameters (the address asked about, the layer, the place id, the access token), the way
/// the real service would, and refusing what the real service refuses (see <see cref="CkanFixture"/>,
/// <see cref="FeatureServiceFixture"/> and docs/city-data.md).
/// </summary>
public sealed partial class FixtureResponder
{
    private readonly JsonObject _geocoder = FixtureFiles.Json(FixtureFiles.Geocoder);
    private readonly JsonObject _deviceAddress = FixtureFiles.Json(FixtureFiles.DeviceAddress);
    private readonly JsonObject _reCollect = FixtureFiles.Json(FixtureFiles.ReCollect);
    private readonly CkanFixture _analyzeBoston = new();
    private readonly FeatureServiceFixture _features = new();
    private readonly string _home = FixtureFiles.Text(FixtureFiles.BostonGovHome);
    private readonly ConcurrentQueue<string> _feedback = new();

    /// <summary>The bodies POSTed to the fake feedback webhook, oldest first.</summary>
    public IReadOnlyList<string> ReceivedFeedback => _feedback.ToList();

    public FixtureResponse Respond(FixtureRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var segments = request.Path.Trim('/').Split('/', 2);
        var rest = segments.Length > 1 ? segments[1] : "";
        return segments[0] switch
        {
            FixtureEndpoints.Down => FixtureResponse.Empty(503),
            FixtureEndpoints.Geocoder => Geocode(rest, request),
            FixtureEndpoints.ReCollect => ReCollect(rest, request),
            FixtureEndpoints.OpenData => _analyzeBoston.Respond(rest, request),
            FixtureEndpoints.ArcGis => _features.Respond(rest, request),
            // Assumed, not seen (docs/city-data.md): the city's firewalls screen clients that do not say who they are.
            FixtureEndpoints.BostonGov when request.UserAgent is null => FixtureResponse.Firewall(),
            FixtureEndpoints.BostonGov when rest.Length == 0 => FixtureResponse.Html(_home),
            FixtureEndpoints.Feedback when request.Method == "POST" => ReceiveFeedback(request.Body),
            FixtureEndpoints.Alexa => DeviceAddress(rest, request.Authorization),
            _ => FixtureResponse.Empty(404),
        };
    }

    /// <summary>
    /// The World geocoding service: f=json or its HTML page; findAddressCandidates needs an address
    /// (singleLine), reverseGeocode a location, or ArcGIS's error object.
    /// </summary>
    private FixtureResponse Geocode(string operation, FixtureRequest request)
    {
        if (operation is "findAddressCandidates" or "reverseGeocode" && !ArcGisError.AsksForJson(request))
        {
            return ArcGisError.HtmlPage();
        }

        switch (operation)
        {
            case "findAddressCandidates" when string.IsNullOrWhiteSpace(request.Parameter("singleLine")) && string.IsNullOrWhiteSpace(request.Parameter("address")):
                return ArcGisError.Response(ArcGisError.CannotComplete, "'SingleLine' or 'Address' parameter is required.");
            case "findAddressCandidates":
                var answer = LongestKeyStarting(_geocoder["findAddressCandidates"]!.AsObject(), Normalized(request.Parameter("singleLine")));
                return FixtureResponse.Json(answer?.DeepClone() ?? new JsonObject { ["candidates"] = new JsonArray() });
            case "reverseGeocode":
                return ReverseGeocode(request.Parameter("location"));
            default:
                return FixtureResponse.Empty(404);
        }
    }

    /// <summary>The recorded place nearest the point; like ArcGIS, an error object (HTTP 200) when none is close.</summary>
    private FixtureResponse ReverseGeocode(string? location)
    {
        var parts = (location ?? "").Split(',');
        if (parts.Length != 2 || !double.TryParse(parts[0], CultureInfo.InvariantCulture, out var x) ||
            !double.TryParse(parts[1], CultureInfo.InvariantCulture, out var y))
        {
            return ArcGisError.Response(ArcGisError.CannotComplete, "Invalid location");
        }

        var nearest = _geocoder["reverseGeocode"]!.AsArray().OfType<JsonObject>()
            .Select(entry => (Entry: entry, Distance: Math.Abs((double)entry["near"]!["x"]! - x) + Math.Abs((double)entry["near"]!["y"]! - y)))
            .MinBy(pair => pair.Distance);
        return nearest.Entry is not null && nearest.Distance < 0.05
            ? FixtureResponse.Json(nearest.Entry["answer"]!.DeepClone())
            : ArcGisError.Response("Cannot perform query. Invalid query parameters.", "Unable to find address for the specified location.");
    }

    private FixtureResponse ReCollect(string path, FixtureRequest request)
    {
        if (path == "api/areas/Boston/services/310/address-suggest")
        {
            var suggestions = LongestKeyStarting(_reCollect["address-suggest"]!.AsObject(), Normalized(request.Parameter("q")));
            return FixtureResponse.Json(suggestions?.DeepClone() ?? new JsonArray());
        }

        if (path == "api/places" && request.Parameter("place_id") is { } placeId && _reCollect["places"]![placeId] is { } place)
        {
            return FixtureResponse.Json(place.DeepClone());
        }

        return FixtureResponse.Empty(404);
    }

    private FixtureResponse ReceiveFeedback(string? body)
    {
        _feedback.Enqueue(body ?? "");
        return new FixtureResponse(200, "text/plain; charset=utf-8", "ok");
    }

    /// <summary>"v1/devices/{id}/settings/address": the answer recorded for the bearer token; 403 for any other.</summary>
    private FixtureResponse DeviceAddress(string path, string? authorization)
    {
        if (!DeviceAddressPath().IsMatch(path))
        {
            return FixtureResponse.Empty(404);
        }

        var token = authorization is not null && authorization.StartsWith("Bearer ", StringComparison.Ordinal) ? authorization[7..] : "";
        if (_deviceAddress[token] is not JsonObject recorded)
        {
            return FixtureResponse.Json(new JsonObject { ["type"] = "FORBIDDEN", ["message"] = "The authentication token is not valid." }, 403);
        }

        var status = (int)recorded["status"]!;
        return recorded["body"] is { } body ? FixtureResponse.Json(body.DeepClone(), status) : FixtureResponse.Empty(status);
    }

    /// <summary>The entry with the longest key the text starts with (so "12 centre st jamaica plain" beats "12 centre st").</summary>
    private static JsonNode? LongestKeyStarting(JsonObject entries, string text) =>
        entries.Where(entry => text.StartsWith(entry.Key, StringComparison.Ordinal))
            .OrderByDescending(entry => entry.Key.Length)
            .Select(entry => entry.Value)
            .FirstOrDefault();

    private static string Normalized(string? text) =>
        Spaces().Replace((text ?? "").ToLowerInvariant().Replace(",", " ", StringComparison.Ordinal), " ").Trim();

    [GeneratedRegex(@"^v1/devices/[^/]+/settings/address$")]
    private static partial Regex DeviceAddressPath();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
