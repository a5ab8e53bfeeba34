using System.Text.Json.Nodes;
using BostonInfo.Skill.Caching;
using BostonInfo.Skill.CityData;
using BostonInfo.Skill.CityData.Alexa;
using BostonInfo.Skill.CityData.Geocoding;
using BostonInfo.Skill.CityData.Http;
using BostonInfo.Skill.Routing;

namespace BostonInfo.Skill.Location;

/// <summary>
/// Finds where the user means, in this order: the Address slot (with its Neighborhood and Zipcode), the
/// session's address, the device's position (for "near me" questions), the device's address (Device Address
/// API). Whatever address it uses is geocoded once, which both checks that it is in Boston and gives its point;
/// the answer is kept in the session (the next turn about the same address needs no geocoder) and in this warm
/// function's memory (the next conversation about it neither). A question about a building takes only a street
/// address with a house number. The outcome says what to ask next when none of that gives a Boston place.
/// </summary>
public sealed class LocationResolver
{
    /// <summary>How long a geocoded address is reused: streets and house numbers change over years, not hours.</summary>
    public static readonly TimeSpan GeocodeLifetime = TimeSpan.FromHours(24);

    /// <summary>How many geocoded addresses a warm function keeps (a few hundred bytes each).</summary>
    public const int GeocodeCapacity = 1000;

    private readonly ArcGisGeocoder _geocoder;
    private readonly DeviceAddressClient _deviceAddress;
    private readonly ExpiringCache<string, IReadOnlyList<GeocodeCandidate>> _candidates;

    public LocationResolver(ArcGisGeocoder geocoder, DeviceAddressClient deviceAddress, TimeProvider time)
    {
        _geocoder = geocoder ?? throw new ArgumentNullException(nameof(geocoder));
        _deviceAddress = deviceAddress ?? throw new ArgumentNullException(nameof(deviceAddress));
        _candidates = new ExpiringCache<string, IReadOnlyList<GeocodeCandidate>>(
            GeocodeCapacity, GeocodeLifetime, geocoder.FindAddressCandidatesAsync, _ => true, time, StringComparer.OrdinalIgnoreCase);
    }

    /// <param name="input">The request; its session attributes are updated with the address and place used.</param>
    /// <param name="need">A building (house number required) or anywhere to search around.</param>
    /// <param name="addressKnown">
    /// Called with the address when it is about to be geocoded, so that work which needs only the address can
    /// start side by side with the geocoder (not called when the session already knows the place).
    /// </param>
    /// <param name="cancellationToken">The answer's deadline.</param>
    /// <exception cref="UpstreamException">The geocoder failed.</exception>
    public async Task<LocationOutcome> ResolveAsync(
        HandlerInput input, PlaceNeed need, Action<string>? addressKnown, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var intent = input.Intent;
        var address = intent?.SlotValue(SlotNames.Address) ?? input.SessionString(SessionKeys.CurrentAddress);
        var device = input.Envelope.Context?.System?.Device;
        var usesPosition = need == PlaceNeed.NearMe && device is not null && device.Supports("Geolocation");

        var coordinate = input.Envelope.Context?.Geolocation?.Coordinate;
        if (address is null && usesPosition && coordinate is { LatitudeInDegrees: { } latitude, LongitudeInDegrees: { } longitude })
        {
            return await JudgePositionAsync(new GeoPoint(latitude, longitude), cancellationToken).ConfigureAwait(false);
        }

        if (address is null)
        {
            var lookup = await LookUpDeviceAddressAsync(input, cancellationToken).ConfigureAwait(false);
            switch (lookup.Lookup)
            {
                case DeviceAddressLookup.NoPermission:
                    return new LocationOutcome.NeedsPermission(usesPosition
                        ? [PermissionScopes.FullAddress, PermissionScopes.Geolocation]
                        : [PermissionScopes.FullAddress]);
                case DeviceAddressLookup.NoAddress:
                    return new LocationOutcome.NeedsAddress();
            }

            address = lookup.Address!;
        }

        // Asked before the geocoder: it would answer a bare street or a ZIP code with a centre point, whose
        // precinct or trash schedule can be another building's.
        if (need == PlaceNeed.StreetAddress && !AddressText.HasHouseNumber(address))
        {
            return Remember(input.SessionAttributes, address, new LocationOutcome.NeedsHouseNumber(address));
        }

        var neighborhood = intent?.SlotValue(SlotNames.Neighborhood);
        var zipCode = intent?.SlotValue(SlotNames.Zipcode);
        LocationOutcome outcome;
        if (SessionPlace.Recall(input.SessionAttributes, address, neighborhood, zipCode) is { } kept)
        {
            outcome = new LocationOutcome.Found(kept);
        }
        else
        {
            addressKnown?.Invoke(address);
            var candidates = await _candidates.GetAsync(AddressText.ForGeocoder(address, neighborhood, zipCode), cancellationToken)
                .ConfigureAwait(false);
            outcome = GeocodeVerdict.Judge(address, candidates);
        }

        // A house number the geocoder could only place on the street (or not at all) is not a building it knows.
        if (need == PlaceNeed.StreetAddress && outcome is LocationOutcome.Found { Place.IsStreetAddress: false })
        {
            outcome = new LocationOutcome.NotFound(address);
        }

        return Remember(input.SessionAttributes, address, outcome);
    }

    private async Task<LocationOutcome> JudgePositionAsync(GeoPoint point, CancellationToken cancellationToken)
    {
        var place = await _geocoder.ReverseGeocodeAsync(point, cancellationToken).ConfigureAwait(false);
        return BostonNeighborhoods.Contains(place?.City, place?.Region)
            ? new LocationOutcome.Found(new Place(null, point, place?.City))
            : new LocationOutcome.OutsideBoston(null);
    }

    /// <summary>A failing Device Address API is no reason to give up: the user can still say the address.</summary>
    private async Task<DeviceAddressResult> LookUpDeviceAddressAsync(HandlerInput input, CancellationToken cancellationToken)
    {
        try
        {
            return await _deviceAddress.GetAddressAsync(input.Envelope.Context?.System, cancellationToken).ConfigureAwait(false);
        }
        catch (UpstreamException)
        {
            return DeviceAddressResult.NoAddress;
        }
    }

    /// <summary>Keeps a usable address and its place for the session's next turns; forgets one that led nowhere.</summary>
    private static LocationOutcome Remember(JsonObject attributes, string address, LocationOutcome outcome)
    {
        if (outcome is LocationOutcome.Found found)
        {
            attributes[SessionKeys.CurrentAddress] = address;
            SessionPlace.Remember(attributes, address, found.Place);
            attributes.Remove(SessionKeys.AddressAttempts);
        }
        else
        {
            attributes.Remove(SessionKeys.CurrentAddress);
            SessionPlace.Forget(attributes);
        }

        return outcome;
    }
}
