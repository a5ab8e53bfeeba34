using System.Diagnostics;
using Microsoft.Extensions.Time.Testing;
using SkillRelease.Simulator.Faults;

namespace SkillRelease.Tests.Support;

/// <summary>
/// Times out a call the simulator holds (<see cref="Fault.Timeout"/>): once that call has arrived, the client's clock
/// is moved past the attempt timeout. The attempt's deadline runs on that clock, so a test decides which attempt times
/// out instead of racing a real timer: on a busy machine an ordinary answer can take longer than any short timeout.
/// </summary>
internal static class HeldCall
{
    /// <summary>Only a defect makes a call this late; the test then fails saying so instead of hanging.</summary>
    private static readonly TimeSpan ArrivalLimit = TimeSpan.FromMinutes(1);

    public static async Task TimeOutAsync(FakeTimeProvider clock, FaultInjector faults, string operation, int call, TimeSpan attemptTimeout)
    {
        var waiting = Stopwatch.StartNew();
        while (faults.Calls(operation) < call)
        {
            if (waiting.Elapsed > ArrivalLimit)
            {
                Assert.Fail($"Call {call} of {operation} never reached the simulator (it saw {faults.Calls(operation)}).");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(10));
        }

        // The attempt's deadline was set before it was sent; the next attempt's is set after this, so only this one ends.
        clock.Advance(attemptTimeout);
    }
}
