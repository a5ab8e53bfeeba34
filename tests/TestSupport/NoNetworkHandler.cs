namespace TestSupport;

/// <summary>Outbound HTTP in tests that must not touch the network: any call is a test failure.</summary>
internal sealed class NoNetworkHandler : HttpMessageHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        throw new InvalidOperationException($"This test must not call {request.RequestUri}.");
}
