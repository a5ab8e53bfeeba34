using System.Globalization;
using SkillRelease.Release.Packages;

namespace Benchmarks;

/// <summary>
/// The release tasks per scenario with every call 100 ms late: the remote calls, the calls on the critical path and
/// the wall time, beside the AWS CLI + ASK CLI script at the same latency (issue 15).
/// </summary>
public sealed class CriticalPathSection(BenchSettings settings, CliTools? cliTools, TimeProvider time) : IBenchSection
{
    private const string NoOp = "deploy-latest, no-op";
    private const string FirstRelease = "cut-release, first release";

    public string Title => "Pipeline at 100 ms per call (critical path)";

    public string Note =>
        "Critical path: every simulated call answers 100 ms late, as a round trip to AWS or Amazon would; the simulator's work itself takes no time. " +
        "\"Calls on the critical path\" is the longest chain of calls each made after the previous one was answered, read from the simulator's call timeline; calls in flight together count once. " +
        "Each engine task runs with clients of its own, as a CI job does in a process of its own, so it fetches its LWA token (one call on the path). " +
        "The CLI script is the one of the pipeline overhead section, at the same latency; it reads nothing before it writes, so it makes the same calls in every deploy-latest scenario and is measured once per task.";

    public async Task<IReadOnlyList<BenchmarkRow>> RunAsync(CancellationToken cancellationToken)
    {
        var skillPackage = Path.Combine(settings.RepositoryRoot, "skill-package");
        var skill = SkillPackage.Load(skillPackage);
        var code = CodePackage.FromZip(await File.ReadAllBytesAsync(settings.ManagedZip, cancellationToken), "bench");
        var engine = await new CriticalPathPipeline(time).MeasureAsync(skill, code, cancellationToken);
        var cli = cliTools is null ? null : await new CliPipeline(cliTools, CriticalPathPipeline.Options, time).MeasureAsync(settings.ManagedZip, skillPackage, cancellationToken);

        var rows = new List<BenchmarkRow>();
        foreach (var figure in engine)
        {
            rows.Add(Row($"{figure.Task}: release engine", Describe(figure)));
            if (figure.Task == NoOp)
            {
                rows.Add(Row($"{NoOp}: calls on the critical path", Count(figure.CriticalPath), "≤ 3", figure.CriticalPath <= 3));
                rows.Add(Row($"{NoOp}: wall time", Seconds(figure.Milliseconds), "≤ 0.4 s", figure.Milliseconds <= 400));
            }
            else if (figure.Task == FirstRelease)
            {
                rows.Add(Row($"{FirstRelease}: calls on the critical path", Count(figure.CriticalPath), "≤ 12", figure.CriticalPath <= 12));
            }
        }

        if (cli is null)
        {
            rows.Add(Row("AWS CLI + ASK CLI", "not measured: aws, node or npm is not on the PATH", "≥ 10×"));
            return rows;
        }

        foreach (var script in cli)
        {
            rows.Add(Row($"{script.Task}: AWS CLI + ASK CLI script, one process per call", Describe(script)));
        }

        foreach (var figure in engine)
        {
            if (cli.FirstOrDefault(script => figure.Task.StartsWith(script.Task + ",", StringComparison.Ordinal)) is not { } script)
            {
                continue; // await-certification has no script counterpart in the comparison
            }

            var ratio = script.Milliseconds / figure.Milliseconds;
            var goal = figure.Task is NoOp or FirstRelease;
            rows.Add(Row($"{figure.Task}: CLI script time ÷ engine time", string.Create(CultureInfo.InvariantCulture, $"{ratio:0.0}×"), goal ? "≥ 10×" : null, goal ? ratio >= 10 : null));
        }

        return rows;
    }

    private BenchmarkRow Row(string measure, string figure, string? goal = null, bool? met = null) => new(Title, measure, figure, goal, met);

    private static string Describe(PipelineFigure figure) => string.Create(
        CultureInfo.InvariantCulture,
        $"{Seconds(figure.Milliseconds)}, {figure.TotalCalls} remote calls, {figure.CriticalPath} on the critical path");

    private static string Count(int calls) => calls.ToString(CultureInfo.InvariantCulture);

    private static string Seconds(double milliseconds) => string.Create(CultureInfo.InvariantCulture, $"{milliseconds / 1000:0.00} s");
}
