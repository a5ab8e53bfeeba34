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

    /// <summary>No answer until the client gives up (or <see cref="SimulatorOptions.TimeoutFaultDuration"/>).</summary>
    Timeout,
}
