using System.Globalization;
using SkillRelease.Release.Packages;

namespace Benchmarks;

/// <summary>
/// deploy-latest and cut-release by the release engine (its first run in this process, as a CI job pays it, and
/// warm) next to the same work done by the AWS CLI and the ASK CLI, one process per call.
/// </summary>
public sealed class PipelineSection(BenchSettings settings, CliTools? cliTools, TimeProvider time) : IBenchSection
{
    public string Title => "Pipeline overhead (simulator with every delay zero)";

    public string Note =>
        "Pipeline overhead: the engine runs in this process against a fresh simulator each time, without the GitHub ledger (a script of CLI calls keeps none); \"first run\" is the first deploy-latest then cut-release in the process, so deploy-latest's figure includes loading and JIT-compiling the engine. " +
        "The CLI side makes the calls a shell script would (aws lambda get-function, update-function-code, wait function-updated; ask smapi get/update-skill-manifest, set-interaction-model, get-skill-status; for cut-release publish-version, create-alias, add-permission, the manifest update, submit-skill-validation, get-skill-validations, submit-skill-for-certification), each status read once; the manifests its jq would write are prepared untimed.";

    public async Task<IReadOnlyList<BenchmarkRow>> RunAsync(CancellationToken cancellationToken)
    {
        var skillPackage = Path.Combine(settings.RepositoryRoot, "skill-package");
        var skill = SkillPackage.Load(skillPackage);
        var code = CodePackage.FromZip(await File.ReadAllBytesAsync(settings.ManagedZip, cancellationToken), "bench");
        var engine = new EnginePipeline(time);
        var first = await engine.MeasureAsync(skill, code, cancellationToken);
        var warm = new List<IReadOnlyList<PipelineFigure>>();
        for (var run = 0; run < settings.WarmPipelineRuns; run++)
        {
            warm.Add(await engine.MeasureAsync(skill, code, cancellationToken));
        }

        var cli = cliTools is null ? null : await new CliPipeline(cliTools, PipelineSimulator.Options, time).MeasureAsync(settings.ManagedZip, skillPackage, cancellationToken);
        var rows = new List<BenchmarkRow>();
        for (var task = 0; task < first.Count; task++)
        {
            var name = first[task].Task;
            var warmSample = new Sample(warm.Select(figures => figures[task].Milliseconds));
            rows.Add(new BenchmarkRow(Title, $"{name}: release engine, first run", Describe(first[task])));
            rows.Add(new BenchmarkRow(Title, $"{name}: release engine, warm", $"{warmSample.DescribeMedian()}, {first[task].TotalCalls} remote calls"));
            if (cli is null)
            {
                rows.Add(new BenchmarkRow(Title, $"{name}: AWS CLI + ASK CLI", "not measured: aws, node or npm is not on the PATH", "≥ 10×"));
                continue;
            }

            var ratio = cli[task].Milliseconds / first[task].Milliseconds;
            rows.Add(new BenchmarkRow(Title, $"{name}: AWS CLI + ASK CLI, one process per call", Describe(cli[task])));
            rows.Add(new BenchmarkRow(Title, $"{name}: CLI time ÷ engine first-run time", string.Create(CultureInfo.InvariantCulture, $"{ratio:0.0}×"), "≥ 10×", ratio >= 10));
        }

        return rows;
    }

    private static string Describe(PipelineFigure figure) => string.Create(
        CultureInfo.InvariantCulture,
        $"{figure.Milliseconds:0} ms, {figure.TotalCalls} remote calls ({string.Join(", ", figure.Calls.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => pair.Value == 1 ? pair.Key : $"{pair.Key}×{pair.Value}"))})");
}
