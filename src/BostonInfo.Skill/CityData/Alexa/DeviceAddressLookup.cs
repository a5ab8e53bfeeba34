namespace BostonInfo.Skill.CityData.Alexa;

/// <summary>What the Device Address API said about this device.</summary>
public enum DeviceAddressLookup
{
    /// <summary>An address with at least a street line.</summary>
    Found,

    /// <summary>HTTP 403, or no access token: the user has not granted the address permission.</summary>
    NoPermission,

    /// <summary>HTTP 204 or an address without a street line: permission, but nothing to use.</summary>
    NoAddress,
}
