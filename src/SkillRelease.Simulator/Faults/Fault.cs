namespace SkillRelease.Simulator.Faults;

/// <summary>What an injected fault does to one call.</summary>
public enum Fault
{
    /// <summary>429 in the service's throttling shape (Lambda TooManyRequestsException, SMAPI 429).</summary>
    Throttle,

    /// <summary>500 in the service's error shape.</summary>
    ServerError,

    /// <summary>409 (Lambda ResourceConflictException, SMAPI conflict).</summary>
    Conflict,

    /// <summary>No answer until the client gives up (or <see cref="SimulatorOptions.TimeoutFaultDuration"/>); nothing is applied.</summary>
    Timeout,

    /// <summary>
    /// Applied but not acknowledged: the call changes the service's state, then the connection is reset before any
    /// byte of the answer is sent, as when a load balancer or the network drops a response in flight.
    /// </summary>
    Lost,

    /// <summary>
    /// Applied, then answered only after <see cref="SimulatorOptions.TimeoutFaultDuration"/>, by when the client
    /// has given up: the write landed although the caller saw a timeout.
    /// </summary>
    Late,
}
