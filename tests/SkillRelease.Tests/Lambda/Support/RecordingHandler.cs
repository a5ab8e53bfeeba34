using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace SkillRelease.Tests.Lambda.Support;

/// <summary>The transport under test clients: sends for real and keeps each answer's JSON body, named by operation,
/// and the headers of each request as it went out (signed).</summary>
internal sealed class RecordingHandler() : DelegatingHandler(new SocketsHttpHandler())
{
    private readonly ConcurrentQueue<(string Operation, JsonNode? Body)> _answers = new();

    private readonly ConcurrentQueue<IReadOnlyDictionary<string, string>> _requestHeaders = new();

    public IReadOnlyList<(string Operation, JsonNode? Body)> Answers => _answers.ToList();

    public IReadOnlyList<IReadOnlyDictionary<string, string>> RequestHeaders => _requestHeaders.ToList();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        _requestHeaders.Enqueue(request.Headers.ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase));
        var response = await base.SendAsync(request, cancellationToken);
        await response.Content.LoadIntoBufferAsync(cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        _answers.Enqueue((Operation(request.Method, request.RequestUri!.AbsolutePath), string.IsNullOrWhiteSpace(text) ? null : JsonNode.Parse(text)));
        return response;
    }

    /// <summary>The Lambda operation a method and path call (lambda-contract.md §1.2).</summary>
    private static string Operation(HttpMethod method, string path)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries); // 2015-03-31, functions, {name}, …
        return (method.Method, segments.Length > 3 ? segments[3] : "", segments.Length > 4) switch
        {
            ("PUT", "code", _) => "UpdateFunctionCode",
            ("GET", "", _) => "GetFunction",
            ("GET", "configuration", _) => "GetFunctionConfiguration",
            ("POST", "versions", _) => "PublishVersion",
            ("GET", "versions", _) => "ListVersionsByFunction",
            ("POST", "aliases", _) => "CreateAlias",
            ("GET", "aliases", false) => "ListAliases",
            ("GET", "aliases", true) => "GetAlias",
            ("PUT", "aliases", _) => "UpdateAlias",
            ("DELETE", "aliases", _) => "DeleteAlias",
            ("POST", "policy", _) => "AddPermission",
            ("GET", "policy", _) => "GetPolicy",
            ("DELETE", "policy", _) => "RemovePermission",
            _ => $"{method} {path}",
        };
    }
}
