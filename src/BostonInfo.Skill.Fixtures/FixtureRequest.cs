namespace BostonInfo.Skill.Fixtures;

/// <summary>A request to the fake city services, whichever transport carried it (Kestrel or an in-memory handler).</summary>
/// <param name="Method">GET or POST.</param>
/// <param name="Path">The path below the fixture root, e.g. "/geocoder/findAddressCandidates".</param>
/// <param name="Query">The decoded query parameters.</param>
/// <param name="Authorization">The Authorization header, if any.</param>
/// <param name="Body">The request body (POST).</param>
/// <param name="UserAgent">The User-Agent header, if any: some of the real services refuse a request without one.</param>
public sealed record FixtureRequest(
    string Method, string Path, IReadOnlyDictionary<string, string> Query, string? Authorization, string? Body, string? UserAgent = null)
{
    public string? Parameter(string name) => Query.TryGetValue(name, out var value) ? value : null;
}
