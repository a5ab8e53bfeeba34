using System.IO.Compression;
using Build.Tests.Host;
using Microsoft.Extensions.Logging.Abstractions;
using SkillRelease.Release.Execution;
using SkillRelease.Release.Packages;
using SkillRelease.Release.Planning;
using SkillRelease.Release.State;
using SkillRelease.Simulator;
using SkillRelease.Smapi.Model;

namespace Build.Tests.Release;

/// <summary>
/// Issue 14.2: a canary wait stops on Ctrl+C or a cancelled GitHub job (SIGINT to the program), and leaves the alias
/// as the next promote resumes from: the weighted alias keeps <c>canary=</c> (its start), and the re-run watches only
/// until the first run's end.
/// </summary>
[NonParallelizable]
public sealed class CanaryStopTests
{
    private static readonly string[] Promote = ["--target", "promote", "--canary-percent", "10", "--canary-minutes", "0.5", "--canary-poll-seconds", "1", "--canary-min-invocations", "0"];

    [Test]
    public async Task Promote_StoppedDuringTheCanary_LeavesItRunningAndTheNextRunWaitsOnlyTheTimeLeft()
    {
        // Given a live skill on alias blue (another code than this checkout's), so that promote runs a canary
        await using var simulator = await SkillSimulator.StartAsync(new SimulatorOptions(), CancellationToken.None);
        var engine = new ReleaseEngine(SimulatedRelease.Services(simulator, NullLogger.Instance, TimeProvider.System), NullLogger.Instance, TimeProvider.System);
        await GoLiveAsync(simulator, engine);
        var environment = BuildProgram.ReleaseEnvironment(simulator.ClientEnvironment);

        // When promote is stopped with SIGINT while it watches the canary, then run again
        string firstWatch;
        int stoppedExitCode;
        string stoppedOutput;
        await using (var first = RunningProgram.Start(Promote, environment))
        {
            firstWatch = await first.LineAsync(line => line.Contains("watch the canary on alias blue until", StringComparison.Ordinal), TimeSpan.FromMinutes(3));
            await first.LineAsync(line => line.Contains("canary: ", StringComparison.Ordinal), TimeSpan.FromMinutes(1));
            await first.SignalAsync("INT");
            stoppedExitCode = await first.ExitCodeAsync(TimeSpan.FromSeconds(20));
            stoppedOutput = first.Output;
        }

        var afterStop = (await engine.ObserveAsync([], CancellationToken.None)).LiveAlias!;
        var (exitCode, output) = await BuildProgram.RunAsync(Promote, environment, TimeSpan.FromMinutes(3));
        var afterRerun = (await engine.ObserveAsync([], CancellationToken.None)).LiveAlias!;

        // Then the stop ended red with what to do, the canary stayed with its start, and the re-run watched it until
        // the same end before completing the move
        Assert.Multiple(() =>
        {
            Assert.That(stoppedExitCode, Is.Not.Zero, stoppedOutput);
            Assert.That(stoppedOutput.TrimEnd().Split('\n')[^1], Does.StartWith("Error: promote was stopped (Ctrl+C or SIGTERM) before it finished.").And.EndWith("run promote again to do what is left."));
            Assert.That(afterStop.IsWeighted, Is.True, "the canary keeps its share of traffic");
            Assert.That(afterStop.Description.CanaryStart, Is.Not.Null, "the alias keeps canary=");
            Assert.That(exitCode, Is.Zero, output);
            Assert.That(output, Does.Contain(Until(firstWatch)), "the re-run waits for the first run's end, not a new full canary");
            Assert.That(afterRerun.IsWeighted, Is.False);
            Assert.That(afterRerun.Description.CanaryStart, Is.Null);
            Assert.That(afterRerun.FunctionVersion, Is.Not.EqualTo(afterStop.FunctionVersion));
        });
    }

    /// <summary>"watch the canary on alias blue until 2026-11-29 20:00:30 UTC" from a plan or step line.</summary>
    private static string Until(string line) => line[line.IndexOf("watch the canary", StringComparison.Ordinal)..(line.IndexOf(" UTC", StringComparison.Ordinal) + 4)];

    /// <summary>What deploy-latest, cut-release and a passed certification leave: the live skill on alias blue.</summary>
    private static async Task GoLiveAsync(SkillSimulator simulator, ReleaseEngine engine)
    {
        var skill = SkillPackage.Load(RepositoryFiles.PathOf("skill-package"));
        var code = CodePackage.FromZip(ZipOf("an earlier build"), "0123456789abcdef0123456789abcdef01234567");
        await engine.RunAsync(new DeployLatest(code, skill), false, CancellationToken.None);
        await engine.RunAsync(new CutRelease(ReleaseTag.Parse("v1.0.0"), code, skill, PublicationMethods.Auto, TimeProvider.System.GetUtcNow()), false, CancellationToken.None);
        simulator.Smapi.CompleteCertification(CertificationOutcome.Pass);
        await engine.RunAsync(new AwaitCertification(false, TimeProvider.System.GetUtcNow()), false, CancellationToken.None);
        var live = (await engine.ObserveAsync([], CancellationToken.None)).LiveAlias;
        Assert.That(live?.Name, Is.EqualTo("blue"), "set-up: the skill is live on blue");
    }

    private static byte[] ZipOf(string content)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = new StreamWriter(zip.CreateEntry("BostonInfo.Skill.dll").Open());
            entry.Write(content);
        }

        return buffer.ToArray();
    }
}
