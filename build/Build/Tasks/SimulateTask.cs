using Cake.Common.Diagnostics;
using Cake.Frosting;
using SkillRelease.Http;
using SkillRelease.Simulator;

namespace Build.Tasks;

[TaskName("simulate")]
[TaskDescription("Runs the simulator of Lambda, SMAPI, LWA, GitHub, CloudWatch and STS on 127.0.0.1:<--port> until stopped, after printing the export lines a client needs; it starts as a fresh account (the function and the skill, no Alexa trigger), or with --empty as a new one (no function, no skill: follow docs/setup.md) (--certify-after SECONDS, --certification-outcome pass|fail, --fail SERVICE:Operation:N:429|500|409|timeout|lost|late, --lambda-update-seconds S, --smapi-update-seconds S, --publish-after SECONDS, --latency-ms N, --canary-error-rate R: the share of a canary's invocations that fail).")]
public sealed class SimulateTask : AsyncFrostingTask<BuildContext>
{
    public override async Task RunAsync(BuildContext context)
    {
        var faults = context.Release.Faults;
        var defaults = new SimulatorOptions();
        var options = defaults with
        {
            Port = context.Port,
            Empty = context.Release.SimulateEmpty,
            CertifyAfter = context.Release.CertifyAfter,
            CertificationOutcome = context.Release.CertificationOutcome,
            LambdaUpdateDuration = context.Release.LambdaUpdateDuration ?? defaults.LambdaUpdateDuration,
            SmapiUpdateDuration = context.Release.SmapiUpdateDuration ?? defaults.SmapiUpdateDuration,
            PublishAfter = context.Release.PublishAfter ?? defaults.PublishAfter,
            Latency = context.Release.Latency ?? defaults.Latency,
            // A timeout or late answer must outlast the pipeline's own attempt timeout, or the client hears it in time.
            TimeoutFaultDuration = new RetryPolicy().AttemptTimeout + TimeSpan.FromSeconds(30),
            CanaryErrorRate = context.Release.CanaryErrorRate,
        };
        var stop = context.CancellationToken;
        await using var simulator = await SkillSimulator.StartAsync(options, stop);
        foreach (var fault in faults)
        {
            fault.ApplyTo(simulator.Faults);
        }

        foreach (var (name, value) in simulator.ClientEnvironment)
        {
            // Written raw (not through the log) so the lines can be pasted or sourced as they are.
            Console.WriteLine($"export {name}='{value.Replace("'", "'\\''", StringComparison.Ordinal)}'");
        }

        Console.Out.Flush();
        foreach (var fault in faults)
        {
            context.Information($"Fault planned: call {fault.Call} of {fault.Operation} → {fault.Fault}.");
        }

        if (options.Latency > TimeSpan.Zero)
        {
            context.Information($"Every answer is delayed by {options.Latency.TotalMilliseconds:0.#} ms.");
        }

        var publishing = options.PublishAfter > TimeSpan.Zero ? $", then goes live {options.PublishAfter.TotalSeconds:0.#} s later" : string.Empty;
        if (options.Empty)
        {
            context.Information($"Empty: no function and no skill until you create {options.FunctionName} and the skill as docs/setup.md shows (the skill gets id {options.SkillId}).");
        }

        context.Information($"Simulator listening on {simulator.Address}; certification {(options.CertifyAfter is { } after ? $"ends ({options.CertificationOutcome}) {after.TotalSeconds:0.#} s after a submit{publishing}" : "stays in review")}. Ctrl+C stops.");
        await simulator.WaitForShutdownAsync(stop);
        context.Information("Stopped.");
    }
}
