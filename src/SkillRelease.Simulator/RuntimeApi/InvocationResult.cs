namespace SkillRelease.Simulator.RuntimeApi;

/// <summary>
/// How one invocation ended: the response bytes, or the error the runtime (or its start-up) reported.
/// Timestamps come from the emulator's <see cref="TimeProvider"/> (<see cref="TimeProvider.GetTimestamp"/>), so they
/// can be compared with <see cref="BootstrapProcess.StartedTimestamp"/>.
/// </summary>
/// <param name="RequestId">The <c>Lambda-Runtime-Aws-Request-Id</c> the event was handed out with.</param>
/// <param name="Response">The response body; null when the invocation failed.</param>
/// <param name="Error">The invocation's error, or the init error that kept the runtime from taking the event.</param>
/// <param name="QueuedTimestamp">When the event was queued.</param>
/// <param name="HandedOutTimestamp">When <c>/invocation/next</c> handed it out; null if it never was.</param>
/// <param name="CompletedTimestamp">When the response or error arrived.</param>
public sealed record InvocationResult(
    string RequestId,
    byte[]? Response,
    RuntimeError? Error,
    long QueuedTimestamp,
    long? HandedOutTimestamp,
    long CompletedTimestamp)
{
    public bool Succeeded => Response is not null;
}
