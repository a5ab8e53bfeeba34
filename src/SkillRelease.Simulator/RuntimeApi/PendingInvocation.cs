namespace SkillRelease.Simulator.RuntimeApi;

/// <summary>One queued event, from <see cref="RuntimeApiEmulator.InvokeAsync"/> until a response or an error ends it.</summary>
internal sealed class PendingInvocation(string requestId, byte[] payload, string traceId, DateTimeOffset deadline, long queuedTimestamp)
{
    private readonly TaskCompletionSource<InvocationResult> _result = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long? _handedOutTimestamp;

    public string RequestId { get; } = requestId;

    public byte[] Payload { get; } = payload;

    public string TraceId { get; } = traceId;

    public DateTimeOffset Deadline { get; } = deadline;

    public Task<InvocationResult> Result => _result.Task;

    /// <summary>True once a response, an error or a timeout has ended it: <c>/next</c> skips it then.</summary>
    public bool IsCompleted => _result.Task.IsCompleted;

    public void MarkHandedOut(long timestamp) => _handedOutTimestamp = timestamp;

    /// <summary>Ends the invocation; false when it had already ended (a second response, or one after the timeout).</summary>
    public bool TryComplete(byte[]? response, RuntimeError? error, long timestamp) =>
        _result.TrySetResult(new InvocationResult(RequestId, response, error, queuedTimestamp, _handedOutTimestamp, timestamp));
}
