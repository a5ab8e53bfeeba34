using System.Collections.Concurrent;

namespace SkillRelease.Tests.Http.Support;

/// <summary>
/// A transport whose n-th attempt runs the n-th step of a script (an answer, a thrown error, a call that never
/// answers), and that keeps every request it was sent with its body.
/// </summary>
internal sealed class AttemptScript(params Func<CancellationToken, Task<HttpResponseMessage>>[] steps) : HttpMessageHandler
{
    private readonly ConcurrentQueue<Func<CancellationToken, Task<HttpResponseMessage>>> _steps = new(steps);
    private readonly ConcurrentQueue<(HttpRequestMessage Request, string Body)> _sent = new();

    public IReadOnlyList<(HttpRequestMessage Request, string Body)> Sent => _sent.ToList();

    public static Func<CancellationToken, Task<HttpResponseMessage>> Answer(HttpResponseMessage response) => _ => Task.FromResult(response);

    public static Func<CancellationToken, Task<HttpResponseMessage>> Fail(Exception exception) => _ => Task.FromException<HttpResponseMessage>(exception);

    /// <summary>Holds the attempt until it is cancelled, as a server that never answers.</summary>
    public static Func<CancellationToken, Task<HttpResponseMessage>> Hang() => async cancellationToken =>
    {
        await Task.Delay(Timeout.Infinite, cancellationToken);
        throw new InvalidOperationException("unreachable");
    };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        _sent.Enqueue((request, request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken)));
        return _steps.TryDequeue(out var step) ? await step(cancellationToken) : throw new InvalidOperationException("The script has no attempt left.");
    }
}
