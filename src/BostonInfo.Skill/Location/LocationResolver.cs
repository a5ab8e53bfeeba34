using System.Text.Json.Nodes;
using BostonInfo.Skill.CityData;
using BostonInfo.Skill.CityData.Alexa;
using BostonInfo.Skill.CityData.Geocoding;
using BostonInfo.Skill.CityData.Http;
using BostonInfo.Skill.Routing;

namespace BostonInfo.Skill.Location;

/// <summary>
/// Finds where the user means, in this order: the Address slot (with its Neighborhood and Zipcode), the
/// session's address, the device's position (for intents that accept one), the device's address (Device
/// Address API). Whatever address it uses is geocoded once, which both checks that it is in Boston and gives
/// its point. The outcome says what to ask next when none of that gives a Boston place.
/// </summary>
public sealed class LocationResolver
{
    private readonly ArcGisGeocoder _geocoder;
    private readonly DeviceAddressClient _deviceAddress;

    public LocationResolver(ArcGisGeocoder geocoder, DeviceAddressClient deviceAddress)
    {
        _geocoder = geocoder ?? throw new ArgumentNullException(nameof(geocoder));
        _deviceAddress = deviceAddress ?? throw new ArgumentNullException(nameof(deviceAddress));
    }

    /// <param name="input">The request; its session attributes are updated with the address used.</param>
    /// <param name="acceptsDevicePosition">True for "near me" intents, which can use a moving device's position.</param>
    /// <param name="cancellationToken">The answer's deadline.</param>
    /// <exception cref="UpstreamException">The geocoder failed.</exception>
    public async Task<LocationOutcome> ResolveAsync(HandlerInput input, bool acceptsDevicePosition, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var intent = input.Intent;
        var address = intent?.SlotValue(SlotNames.Address) ?? input.SessionString(SessionKeys.CurrentAddress);
        var device = input.Envelope.Context?.System?.Device;
        var usesPosition = acceptsDevicePosition && device is not null && device.Supports("Geolocation");

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

        var line = AddressText.ForGeocoder(address, intent?.SlotValue(SlotNames.Neighborhood), intent?.SlotValue(SlotNames.Zipcode));
        var candidates = await _geocoder.FindAddressCandidatesAsync(line, cancellationToken).ConfigureAwait(false);
        var outcome = GeocodeVerdict.Judge(address, candidates);
        Remember(input.SessionAttributes, address, outcome);
        return outcome;
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

    /// <summary>Keeps a usable address for the session's next turns; forgets one that led nowhere.</summary>
    private static void Remember(JsonObject attributes, string address, LocationOutcome outcome)
    {
        if (outcome is LocationOutcome.Found)
        {
            attributes[SessionKeys.CurrentAddress] = address;
            attributes.Remove(SessionKeys.AddressAttempts);
        }
        else
        {
            attributes.Remove(SessionKeys.CurrentAddress);
        }
    }
}
