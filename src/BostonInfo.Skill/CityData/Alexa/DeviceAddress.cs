namespace BostonInfo.Skill.CityData.Alexa;

/// <summary>
/// The full address the user set for the device in the Alexa app. Personal data: never log it.
/// See https://developer.amazon.com/en-US/docs/alexa/device-apis/device-address-api.html
/// </summary>
public sealed class DeviceAddress
{
    public string? AddressLine1 { get; init; }

    public string? AddressLine2 { get; init; }

    public string? City { get; init; }

    public string? StateOrRegion { get; init; }

    public string? PostalCode { get; init; }

    /// <summary>One line for the geocoder: street, city, state and ZIP as far as they are known.</summary>
    public string? SingleLine() =>
        string.IsNullOrWhiteSpace(AddressLine1)
            ? null
            : string.Join(", ", new[] { AddressLine1, City, $"{StateOrRegion} {PostalCode}".Trim() }.Where(part => !string.IsNullOrWhiteSpace(part)));
}
