using System.Collections.Concurrent;
using System.Threading.Channels;

namespace SkillRelease.Simulator.RuntimeApi;

/// <summary>
/// The emulator's state: events waiting for <c>/invocation/next</c>, events handed out and waiting for their response
/// or error, and the init error once a runtime reports one. No HTTP here.
/// </summary>
internal sealed class InvocationQueue(TimeProvider time)
{
    private readonly Channel<PendingInvocation> _waiting = Channel.CreateUnbounded<PendingInvocation>();
    private readonly ConcurrentDictionary<string, PendingInvocation> _handedOut = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource<RuntimeError> _initError = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<RuntimeError> InitError => _initError.Task;

    public PendingInvocation Enqueue(byte[] payload, TimeSpan timeout)
    {
        var invocation = new PendingInvocation(
            Guid.NewGuid().ToString(),
            payload,
            NewTraceId(),
            time.GetUtcNow() + timeout,
            time.GetTimestamp());
        _waiting.Writer.TryWrite(invocation);
        return invocation;
    }

    /// <summary>The long poll: waits for the next event that has not ended (timed out) while it waited.</summary>
    public async Task<PendingInvocation> NextAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var invocation = await _waiting.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            if (invocation.IsCompleted)
            {
                continue;
            }

            invocation.MarkHandedOut(time.GetTimestamp());
            _handedOut[invocation.RequestId] = invocation;
            return invocation;
        }
    }

    /// <summary>Ends a handed-out invocation; false when the request id is unknown or already answered.</summary>
    public bool TryComplete(string requestId, byte[]? response, RuntimeError? error) =>
        _handedOut.TryRemove(requestId, out var invocation) && invocation.TryComplete(response, error, time.GetTimestamp());

    public void ReportInitError(RuntimeError error) => _initError.TrySetResult(error);

    public long Timestamp() => time.GetTimestamp();

    /// <summary>X-Ray's format: Root=1-{epoch seconds, hex}-{96 random bits, hex};Sampled=0.</summary>
    private string NewTraceId() =>
        $"Root=1-{time.GetUtcNow().ToUnixTimeSeconds():x8}-{Guid.NewGuid():N}"[..40] + ";Sampled=0";
}
