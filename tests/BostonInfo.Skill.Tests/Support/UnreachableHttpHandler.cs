namespace BostonInfo.Skill.Tests.Support;

/// <summary>The skill's HTTP connection pool in tests that must not touch the network.</summary>
internal sealed class UnreachableHttpHandler : HttpMessageHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        throw new InvalidOperationException($"This test must not call {request.RequestUri}.");
}
