using System.IO.Compression;
using Microsoft.Extensions.Logging.Abstractions;
using SkillRelease.Release.Execution;
using SkillRelease.Release.Packages;
using SkillRelease.Release.Planning;
using SkillRelease.Simulator;
using SkillRelease.Smapi.Model;

namespace Benchmarks;

/// <summary>
/// The release engine's tasks, one scenario after another, against one simulator that answers every call after
/// <see cref="Latency"/>, as AWS and Amazon do: wall time then shows how many calls a task makes one after another.
/// </summary>
public sealed class CriticalPathPipeline(TimeProvider time)
{
    public static readonly TimeSpan Latency = TimeSpan.FromMilliseconds(100);

    /// <summary>The pipeline simulator (work takes no time) with every answer <see cref="Latency"/> late.</summary>
    public static SimulatorOptions Options { get; } = PipelineSimulator.Options with { Latency = Latency };

    /// <summary>First deploy, no-op, code change, first release and certification passed, in that order.</summary>
    public async Task<IReadOnlyList<PipelineFigure>> MeasureAsync(SkillPackage skill, CodePackage code, CancellationToken cancellationToken)
    {
        await using var simulator = await SkillSimulator.StartAsync(Options, cancellationToken);
        var changed = CodePackage.FromZip(WithOneMoreFile(code.Zip), "bench-changed");
        var figures = new List<PipelineFigure>
        {
            await RunAsync(simulator, "deploy-latest, first deploy", new DeployLatest(code, skill), cancellationToken),
            await RunAsync(simulator, "deploy-latest, no-op", new DeployLatest(code, skill), cancellationToken),
            await RunAsync(simulator, "deploy-latest, code change", new DeployLatest(changed, skill), cancellationToken),
            await RunAsync(simulator, "cut-release, first release", new CutRelease(ReleaseTag.Parse("v1.0.0"), changed, skill, PublicationMethods.Auto, time.GetUtcNow()), cancellationToken),
        };
        simulator.Smapi.CompleteCertification(CertificationOutcome.Pass);
        figures.Add(await RunAsync(simulator, "await-certification, certification passed", new AwaitCertification(Publish: false, time.GetUtcNow()), cancellationToken));
        return figures;
    }

    /// <summary>Each task with clients of its own, as each CI job is a process of its own: it fetches its own LWA token.</summary>
    private Task<PipelineFigure> RunAsync(SkillSimulator simulator, string scenario, ReleaseIntent intent, CancellationToken cancellationToken)
    {
        // No ledger: a script of CLI calls keeps none either.
        var services = SimulatedRelease.Services(simulator, NullLogger.Instance, time, PipelineSimulator.Tuning, withLedger: false);
        var engine = new ReleaseEngine(services, NullLogger.Instance, time);
        return PipelineFigure.MeasureAsync(simulator, scenario, time, () => engine.RunAsync(intent, false, cancellationToken));
    }

    /// <summary>The same package with one more file: other bytes, so another CodeSha256, still a valid zip.</summary>
    private static byte[] WithOneMoreFile(byte[] zip)
    {
        using var stream = new MemoryStream();
        stream.Write(zip);
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            using var writer = new StreamWriter(archive.CreateEntry("bench-code-change.txt").Open());
            writer.Write("a code change");
        }

        return stream.ToArray();
    }
}
