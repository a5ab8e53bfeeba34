namespace BostonInfo.Skill.CityData.Alexa;

/// <summary>The outcome of a device address lookup, with the address line when one was found.</summary>
public sealed record DeviceAddressResult(DeviceAddressLookup Lookup, string? Address)
{
    public static DeviceAddressResult NoPermission { get; } = new(DeviceAddressLookup.NoPermission, null);

    public static DeviceAddressResult NoAddress { get; } = new(DeviceAddressLookup.NoAddress, null);

    /// <summary>Keeps the address out of any log that formats the result.</summary>
    public override string ToString() => Lookup.ToString();
}
