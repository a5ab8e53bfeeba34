using Microsoft.Extensions.Logging.Abstractions;
using SkillRelease.Release.Execution;
using SkillRelease.Release.Packages;
using SkillRelease.Release.Planning;
using SkillRelease.Simulator;
using SkillRelease.Smapi.Model;

namespace Benchmarks;

/// <summary>
/// deploy-latest, then cut-release, done by our release engine in process against a fresh simulator whose
/// asynchronous work takes no time, so what is left is the client's own cost and the number of round trips.
/// </summary>
public sealed class EnginePipeline(TimeProvider time)
{
    /// <summary>Both pipeline tasks against a simulator in its seeded state (never deployed, never published).</summary>
    public async Task<IReadOnlyList<PipelineFigure>> MeasureAsync(SkillPackage skill, CodePackage code, CancellationToken cancellationToken)
    {
        await using var simulator = await SkillSimulator.StartAsync(PipelineSimulator.Options, cancellationToken);
        // No ledger: a script of CLI calls keeps none either.
        var services = SimulatedRelease.Services(simulator, NullLogger.Instance, time, PipelineSimulator.Tuning, withLedger: false);
        var engine = new ReleaseEngine(services, NullLogger.Instance, time);

        return
        [
            await PipelineFigure.MeasureAsync(simulator, "deploy-latest", time, () => engine.RunAsync(new DeployLatest(code, skill), false, cancellationToken)),
            await PipelineFigure.MeasureAsync(simulator, "cut-release", time, () => engine.RunAsync(new CutRelease(ReleaseTag.Parse("v1.0.0"), code, skill, PublicationMethods.Auto, time.GetUtcNow()), false, cancellationToken)),
        ];
    }
}
