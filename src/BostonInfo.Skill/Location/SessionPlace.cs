using System.Text.Json.Nodes;
using BostonInfo.Skill.CityData;

namespace BostonInfo.Skill.Location;

/// <summary>
/// The place the conversation already found, kept in the session's attributes with the address it was found for,
/// so the next turn about the same address needs no geocoder (Lambda may run that turn in another container,
/// whose memory knows nothing of this one).
/// </summary>
public static class SessionPlace
{
    public static void Remember(JsonObject attributes, string address, Place place)
    {
        ArgumentNullException.ThrowIfNull(attributes);
        ArgumentNullException.ThrowIfNull(place);
        attributes[SessionKeys.CurrentPlace] = new JsonObject
        {
            ["address"] = address,
            ["streetAddress"] = place.StreetAddress,
            ["latitude"] = place.Point.Latitude,
            ["longitude"] = place.Point.Longitude,
            ["neighborhood"] = place.Neighborhood,
            ["postalCode"] = place.PostalCode,
            ["isStreetAddress"] = place.IsStreetAddress,
        };
    }

    public static void Forget(JsonObject attributes)
    {
        ArgumentNullException.ThrowIfNull(attributes);
        attributes.Remove(SessionKeys.CurrentPlace);
    }

    /// <summary>
    /// The place found earlier for <paramref name="address"/>, unless the user has since named a neighbourhood or ZIP
    /// code it is not in; null when there is none or the attribute is not one this skill wrote.
    /// </summary>
    public static Place? Recall(JsonObject attributes, string address, string? neighborhood, string? zipCode)
    {
        ArgumentNullException.ThrowIfNull(attributes);
        if (attributes[SessionKeys.CurrentPlace] is not JsonObject kept ||
            Text(kept, "address") is not { } keptAddress ||
            !string.Equals(Collapse(keptAddress), Collapse(address), StringComparison.OrdinalIgnoreCase) ||
            kept["latitude"] is not JsonValue latitude || !latitude.TryGetValue<double>(out var lat) ||
            kept["longitude"] is not JsonValue longitude || !longitude.TryGetValue<double>(out var lon))
        {
            return null;
        }

        var place = new Place(Text(kept, "streetAddress"), new GeoPoint(lat, lon), Text(kept, "neighborhood"))
        {
            PostalCode = Text(kept, "postalCode"),
            IsStreetAddress = kept["isStreetAddress"] is JsonValue flag && flag.TryGetValue<bool>(out var isStreet) && isStreet,
        };
        var neighborhoodAgrees = string.IsNullOrWhiteSpace(neighborhood) ||
            string.Equals(neighborhood.Trim(), place.Neighborhood, StringComparison.OrdinalIgnoreCase);
        var zipAgrees = AddressText.ZipCode(zipCode) is not { } zip || zip == place.PostalCode;
        return neighborhoodAgrees && zipAgrees ? place : null;
    }

    private static string? Text(JsonObject kept, string name) =>
        kept[name] is JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text) ? text : null;

    private static string Collapse(string text) => string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
