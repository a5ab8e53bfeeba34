using BostonInfo.Skill.CityData;
using BostonInfo.Skill.CityData.Geocoding;

namespace BostonInfo.Skill.Location;

/// <summary>Decides what a list of geocoder candidates means: one Boston place, elsewhere, nowhere, or several places.</summary>
public static class GeocodeVerdict
{
    /// <summary>Candidates scoring below this are guesses, not matches.</summary>
    public const double MatchScore = 90;

    /// <summary>Matches this close to the best one are equally likely, so the user has to choose.</summary>
    public const double TieMargin = 1;

    public static LocationOutcome Judge(string address, IReadOnlyList<GeocodeCandidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var matches = candidates.Where(candidate => candidate.Score >= MatchScore && candidate.Location is not null)
            .OrderByDescending(candidate => candidate.Score)
            .ToList();
        if (matches.Count == 0)
        {
            return new LocationOutcome.NotFound(address);
        }

        var best = matches[0];
        var tied = matches.Where(candidate => candidate.Score >= best.Score - TieMargin)
            .GroupBy(Area, StringComparer.OrdinalIgnoreCase)
            .Select(area => area.Key)
            .ToList();
        if (tied.Count > 1)
        {
            return new LocationOutcome.Ambiguous(address, tied);
        }

        if (!BostonNeighborhoods.Contains(best.Attributes.City, best.Attributes.Region))
        {
            return new LocationOutcome.OutsideBoston(address);
        }

        var point = new GeoPoint(best.Location!.Y, best.Location.X);
        return new LocationOutcome.Found(new Place(StreetLine.Of(best.Address), point, best.Attributes.City)
        {
            PostalCode = best.Attributes.Postal,
            IsStreetAddress = best.Attributes.AddressType is { } type && StreetAddressTypes.Contains(type),
        });
    }

    /// <summary>The match levels that are a house number on a street (ArcGIS's geocoding service output, Addr_type).</summary>
    public static IReadOnlySet<string> StreetAddressTypes { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "Subaddress", "PointAddress", "StreetAddress", "StreetAddressExt",
    };

    /// <summary>"Dorchester 02125": how the user can tell two candidates apart.</summary>
    private static string Area(GeocodeCandidate candidate) =>
        $"{candidate.Attributes.City} {candidate.Attributes.Postal}".Trim();
}
