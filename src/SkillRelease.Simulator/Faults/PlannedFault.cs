using System.Globalization;

namespace SkillRelease.Simulator.Faults;

/// <summary>
/// A fault planned from the command line: <c>OPERATION:N:FAULT</c>, e.g. <c>lambda:PublishVersion:1:429</c> fails
/// the first PublishVersion with a throttle. FAULT is 429, 500, 409, timeout, lost (applied, then the connection is reset) or late
/// (applied, then answered after the client's timeout).
/// </summary>
public sealed record PlannedFault(string Operation, int Call, Fault Fault)
{
    public static PlannedFault Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split(':');
        if (parts.Length != 4 || parts[0].Length == 0 || parts[1].Length == 0
            || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var call) || call < 1
            || FaultNamed(parts[3]) is not { } fault)
        {
            throw new FormatException($"--fail '{text}' is not SERVICE:Operation:N:FAULT, e.g. lambda:PublishVersion:1:429 (FAULT: 429, 500, 409, timeout, lost or late).");
        }

        return new PlannedFault($"{parts[0]}:{parts[1]}", call, fault);
    }

    public void ApplyTo(FaultInjector faults) => faults.FailCall(Operation, Call, Fault);

    private static Fault? FaultNamed(string name) => name.ToLowerInvariant() switch
    {
        "429" => Fault.Throttle,
        "500" => Fault.ServerError,
        "409" => Fault.Conflict,
        "timeout" => Fault.Timeout,
        "lost" => Fault.Lost,
        "late" => Fault.Late,
        _ => null,
    };
}
