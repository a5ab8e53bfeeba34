namespace BostonInfo.Skill.Server.Tests.Support;

/// <summary>The skill's outbound HTTP in these tests: any call is a test failure.</summary>
internal sealed class NoNetworkHandler : HttpMessageHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        throw new InvalidOperationException($"This test must not call {request.RequestUri}.");
}
