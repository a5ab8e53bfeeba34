using Build.Hosting;
using Cake.Common.Diagnostics;
using Cake.Frosting;
using SkillRelease.Simulator;

namespace Build.Tasks;

[TaskName("simulate")]
[TaskDescription("Runs the simulator of Lambda, SMAPI, LWA and GitHub on 127.0.0.1:<--port> until stopped, after printing the export lines a client needs (--certify-after SECONDS, --certification-outcome pass|fail).")]
public sealed class SimulateTask : AsyncFrostingTask<BuildContext>
{
    public override async Task RunAsync(BuildContext context)
    {
        using var stop = new StopSignal();
        var options = new SimulatorOptions
        {
            Port = context.Port,
            CertifyAfter = context.Release.CertifyAfter,
            CertificationOutcome = context.Release.CertificationOutcome,
        };
        await using var simulator = await SkillSimulator.StartAsync(options, stop.Token);
        foreach (var (name, value) in simulator.ClientEnvironment)
        {
            // Written raw (not through the log) so the lines can be pasted or sourced as they are.
            Console.WriteLine($"export {name}='{value.Replace("'", "'\\''", StringComparison.Ordinal)}'");
        }

        Console.Out.Flush();
        context.Information($"Simulator listening on {simulator.Address}; certification {(options.CertifyAfter is { } after ? $"ends ({options.CertificationOutcome}) {after.TotalSeconds:0.#} s after a submit" : "stays in review")}. Ctrl+C stops.");
        await simulator.WaitForShutdownAsync(stop.Token);
        context.Information("Stopped.");
    }
}
