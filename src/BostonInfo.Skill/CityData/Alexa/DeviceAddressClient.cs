using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using BostonInfo.Skill.CityData.Http;
using BostonInfo.Skill.Protocol.Requests;

namespace BostonInfo.Skill.CityData.Alexa;

/// <summary>
/// The Alexa Device Address API, at the apiEndpoint the request names (regions differ: never a fixed host),
/// authorised by the request's apiAccessToken.
/// See https://developer.amazon.com/en-US/docs/alexa/device-apis/device-address-api.html
/// </summary>
public sealed class DeviceAddressClient
{
    public const string Upstream = "Alexa Device Address API";

    private readonly HttpMessageHandler _handler;
    private readonly TimeSpan _timeout;

    public DeviceAddressClient(HttpMessageHandler handler, TimeSpan timeout)
    {
        _handler = handler ?? throw new ArgumentNullException(nameof(handler));
        _timeout = timeout;
    }

    /// <summary>
    /// GET {apiEndpoint}/v1/devices/{deviceId}/settings/address. 403 means no permission; 204 or an empty
    /// street line means no address; anything else unexpected is an <see cref="UpstreamException"/>.
    /// </summary>
    public async Task<DeviceAddressResult> GetAddressAsync(SystemContext? system, CancellationToken cancellationToken)
    {
        if (system?.ApiAccessToken is not { Length: > 0 } token ||
            system.Device?.DeviceId is not { Length: > 0 } deviceId ||
            !Uri.TryCreate(system.ApiEndpoint, UriKind.Absolute, out var endpoint))
        {
            return DeviceAddressResult.NoPermission;
        }

        var http = new UpstreamHttp(Upstream, CityDataEndpoints.BaseAddress(endpoint)!, _handler, _timeout);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"v1/devices/{Uri.EscapeDataString(deviceId)}/settings/address");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var (status, body) = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        switch (status)
        {
            case HttpStatusCode.Forbidden:
                return DeviceAddressResult.NoPermission;
            case HttpStatusCode.NoContent:
                return DeviceAddressResult.NoAddress;
            case HttpStatusCode.OK:
                return Read(body);
            default:
                throw new UpstreamException(Upstream, $"answered HTTP {(int)status}");
        }
    }

    private static DeviceAddressResult Read(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return DeviceAddressResult.NoAddress;
        }

        try
        {
            var address = JsonSerializer.Deserialize(body, CityDataJsonContext.Default.DeviceAddress)?.SingleLine();
            return address is null ? DeviceAddressResult.NoAddress : new DeviceAddressResult(DeviceAddressLookup.Found, address);
        }
        catch (JsonException exception)
        {
            throw new UpstreamException(Upstream, "answered with JSON in an unexpected shape", exception);
        }
    }
}
