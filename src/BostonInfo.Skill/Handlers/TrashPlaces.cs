using System.Text.Json;
using System.Text.Json.Nodes;
using BostonInfo.Skill.CityData;
using BostonInfo.Skill.CityData.ReCollect;
using BostonInfo.Skill.Location;

namespace BostonInfo.Skill.Handlers;

/// <summary>
/// Which of ReCollect's suggestions is the building the user said. ReCollect's address search is a typeahead: its
/// first suggestion can be another number or another street ("1000 Dorchester St" for "1000 Dorchester Ave"), and
/// one street address can exist in several neighbourhoods. Only suggestions with the same house number and street
/// count; a neighbourhood or ZIP code the user said narrows them; several that remain are asked about, never
/// picked silently. The remaining ones are kept in the session, so the answer to "which one?" needs no new search.
/// </summary>
public static class TrashPlaces
{
    /// <summary>One per building whose house number and street are <paramref name="street"/>'s.</summary>
    public static IReadOnlyList<ReCollectSuggestion> Matching(IReadOnlyList<ReCollectSuggestion> suggestions, string street)
    {
        ArgumentNullException.ThrowIfNull(suggestions);
        ArgumentException.ThrowIfNullOrWhiteSpace(street);
        return SuggestionNames.DistinctPlaces(suggestions)
            .Where(suggestion => StreetLine.Same(SuggestionNames.Building(suggestion.Name), street))
            .ToList();
    }

    /// <summary>The places in the neighbourhood and with the ZIP code said (either may be null: not said).</summary>
    public static IReadOnlyList<ReCollectSuggestion> Narrow(IReadOnlyList<ReCollectSuggestion> places, string? neighborhood, string? zipCode)
    {
        ArgumentNullException.ThrowIfNull(places);
        var zip = AddressText.ZipCode(zipCode);
        return places
            .Where(place => string.IsNullOrWhiteSpace(neighborhood) || string.Equals(Area(place), neighborhood.Trim(), StringComparison.OrdinalIgnoreCase))
            .Where(place => zip is null || string.Equals(ZipOf(place), zip, StringComparison.Ordinal))
            .ToList();
    }

    /// <summary>How the user can tell the places apart: their neighbourhoods, or with the ZIP code when two share one.</summary>
    public static IReadOnlyList<string> Choices(IReadOnlyList<ReCollectSuggestion> places)
    {
        ArgumentNullException.ThrowIfNull(places);
        var areas = places.Select(Area).ToList();
        return areas.Distinct(StringComparer.OrdinalIgnoreCase).Count() == areas.Count
            ? areas
            : places.Select(place => $"{Area(place)} {ZipOf(place)}".Trim()).ToList();
    }

    public static void Remember(JsonObject attributes, string street, IReadOnlyList<ReCollectSuggestion> places)
    {
        ArgumentNullException.ThrowIfNull(attributes);
        attributes[SessionKeys.TrashPlaces] = new JsonObject
        {
            ["streetAddress"] = street,
            ["places"] = JsonSerializer.SerializeToNode(places.ToList(), CityDataJsonContext.Default.ListReCollectSuggestion),
        };
    }

    public static void Forget(JsonObject attributes)
    {
        ArgumentNullException.ThrowIfNull(attributes);
        attributes.Remove(SessionKeys.TrashPlaces);
    }

    /// <summary>The places kept by an earlier turn for the same street address, or null.</summary>
    public static IReadOnlyList<ReCollectSuggestion>? Recall(JsonObject attributes, string street)
    {
        ArgumentNullException.ThrowIfNull(attributes);
        if (attributes[SessionKeys.TrashPlaces] is not JsonObject kept ||
            kept["streetAddress"] is not JsonValue keptStreet || !keptStreet.TryGetValue<string>(out var keptText) ||
            !StreetLine.Same(keptText, street) || kept["places"] is not JsonArray places)
        {
            return null;
        }

        try
        {
            return places.Deserialize(CityDataJsonContext.Default.ListReCollectSuggestion);
        }
        catch (JsonException)
        {
            // Not what this skill wrote: search again rather than fail the turn.
            return null;
        }
    }

    /// <summary>"Jamaica Plain" of "12 Centre St, Jamaica Plain, 02130".</summary>
    private static string Area(ReCollectSuggestion place) =>
        string.Join(", ", place.Name.Split(',').Skip(1).Select(part => part.Trim()).Where(part => part.Length > 0 && !IsZip(part)));

    private static string? ZipOf(ReCollectSuggestion place) => place.Name.Split(',').Select(part => part.Trim()).LastOrDefault(IsZip);

    private static bool IsZip(string part) => part.Length == 5 && part.All(char.IsAsciiDigit);
}
