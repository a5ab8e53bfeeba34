using Microsoft.Extensions.Logging.Abstractions;
using SkillRelease.Simulator;
using SkillRelease.Smapi.Model;

namespace Benchmarks;

/// <summary>
/// What the certification workflow costs: one poll that finds the release still in review, from a fresh clone with
/// the build program restored from the cache (no compile, no NuGet packages), and how many scheduled runs a day it
/// starts once nothing is in flight (the poll's status says so, and its stop-polling job turns the schedule off).
/// </summary>
public sealed class CertificationPollSection(BenchSettings settings, TimeProvider time) : IBenchSection
{
    private const string CertificationWorkflow = ".github/workflows/certification.yml";

    public string Title => "Certification poll";

    public string Note =>
        "Certification poll: each run is a new `git clone --depth 1` of HEAD, the build program copied in as the workflow's cache restores it (with build.sh's stamp touched), then `./build.sh --target await-certification` and `./build.sh --target status` against a simulator whose skill is in review, with an empty NUGET_PACKAGES folder; the runner's SDK set-up is not included. Scheduled runs per day: what the schedule in " + CertificationWorkflow + " starts while status says a release is in flight, and 0 once it says none is, since the workflow then turns its schedule off.";

    public async Task<IReadOnlyList<BenchmarkRow>> RunAsync(CancellationToken cancellationToken)
    {
        var scratch = Directory.CreateTempSubdirectory("boston-info-poll-").FullName;
        try
        {
            var cache = await BuildProgramCache.ForHeadAsync(settings.RepositoryRoot, scratch, time, cancellationToken);
            var milliseconds = new List<double>();
            for (var run = 0; run < settings.PollRuns; run++)
            {
                await using var simulator = await SkillSimulator.StartAsync(PipelineSimulator.Options, cancellationToken);
                await SubmitForCertificationAsync(simulator, cancellationToken);
                var started = time.GetTimestamp();
                var inFlight = await PollAsync(cache, simulator, Path.Combine(scratch, $"poll-{run}"), cancellationToken);
                milliseconds.Add(time.GetElapsedTime(started).TotalMilliseconds);
                if (!inFlight)
                {
                    throw new InvalidOperationException("The poll did not see the release in review, so it did not measure the no-op path.");
                }
            }

            await using var idle = await SkillSimulator.StartAsync(PipelineSimulator.Options, cancellationToken);
            var idleInFlight = await PollAsync(cache, idle, Path.Combine(scratch, "poll-idle"), cancellationToken);
            var scheduled = ScheduledRunsPerDay(await File.ReadAllTextAsync(Path.Combine(settings.RepositoryRoot, CertificationWorkflow), cancellationToken));
            var sample = new Sample(milliseconds);
            return
            [
                new BenchmarkRow(Title, "no-op certification poll (fresh clone, build program from the cache)", sample.DescribeMedian(), "≤ 5 s", sample.Median <= 5000),
                new BenchmarkRow(Title, "scheduled runs per day while nothing is in flight",
                    idleInFlight
                        ? $"{scheduled} (status said a release is in flight, so the schedule stays on)"
                        : $"0 (status said release-in-flight=false, so the poll turns the schedule off; {scheduled} a day while a release is in flight)",
                    "0", !idleInFlight),
            ];
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    /// <summary>The poll job's steps after the runner's set-up: checkout, cache restore, the task, status; whether status said a release is in flight.</summary>
    private async Task<bool> PollAsync(BuildProgramCache cache, SkillSimulator simulator, string folder, CancellationToken cancellationToken)
    {
        var checkout = await BuildProgramCache.CloneAsync(settings.RepositoryRoot, folder, time, cancellationToken);
        cache.RestoreInto(checkout);
        var outputs = Path.Combine(folder, ".github-output");
        var packages = Directory.CreateDirectory(Path.Combine(folder, ".empty-nuget-packages")).FullName;
        var environment = simulator.ClientEnvironment.ToDictionary(pair => pair.Key, pair => (string?)pair.Value, StringComparer.Ordinal);
        environment["GITHUB_OUTPUT"] = outputs;
        environment["NUGET_PACKAGES"] = packages;
        environment["GITHUB_ACTIONS"] = null;
        environment["GITHUB_STEP_SUMMARY"] = null;
        var buildScript = Path.Combine(checkout, "build.sh");
        await TimedCommand.RunAsync(buildScript, ["--target", "await-certification"], checkout, environment, time, cancellationToken);
        await TimedCommand.RunAsync(buildScript, ["--target", "status"], checkout, environment, time, cancellationToken);
        return (await File.ReadAllTextAsync(outputs, cancellationToken)).Contains("release-in-flight=true", StringComparison.Ordinal);
    }

    /// <summary>A skill in review: what cut-release leaves behind, without packaging and publishing a version.</summary>
    private async Task SubmitForCertificationAsync(SkillSimulator simulator, CancellationToken cancellationToken)
    {
        var services = SimulatedRelease.Services(simulator, NullLogger.Instance, time, withLedger: false);
        // Every simulator starts as a fresh account: SMAPI refuses to submit an endpoint Alexa may not invoke.
        await services.Lambda.AddPermissionAsync(
            new() { FunctionName = simulator.Options.FunctionName, StatementId = "alexa", Action = "lambda:InvokeFunction", Principal = "alexa-appkit.amazon.com", EventSourceToken = simulator.Options.SkillId },
            cancellationToken);
        await services.Smapi.Certifications.SubmitAsync(simulator.Options.SkillId, new SubmitSkillForCertificationRequest { VersionMessage = "v1.0.0" }, cancellationToken);
    }

    /// <summary>Runs a day of a "M1,M2 H * * *" schedule (every hour when H is *).</summary>
    public static int ScheduledRunsPerDay(string workflow)
    {
        var cron = System.Text.RegularExpressions.Regex.Match(workflow, @"cron:\s*'(?<minutes>[\d,]+) (?<hours>[\d,*]+) \* \* \*'");
        if (!cron.Success)
        {
            throw new InvalidOperationException("certification.yml has no schedule of the form 'M H * * *'.");
        }

        var hours = cron.Groups["hours"].Value == "*" ? 24 : cron.Groups["hours"].Value.Split(',').Length;
        return cron.Groups["minutes"].Value.Split(',').Length * hours;
    }
}
