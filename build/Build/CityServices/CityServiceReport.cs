using System.Text;

namespace Build.CityServices;

/// <summary>The check's findings: a table for the console, Markdown for the job summary and the issue.</summary>
public sealed class CityServiceReport(IReadOnlyList<CityFeatureResult> results)
{
    public const string Pass = "✓";
    public const string Fail = "✗";

    public IReadOnlyList<CityFeatureResult> Results { get; } = results ?? throw new ArgumentNullException(nameof(results));

    public IReadOnlyList<CityFeatureResult> Failures => Results.Where(result => !result.Passed).ToList();

    public bool AllPassed => Failures.Count == 0;

    /// <summary>The issue's title: which features are broken, so the issue list reads without opening it.</summary>
    public string IssueTitle => $"City services: {string.Join(", ", Failures.Select(failure => failure.Feature))} {(Failures.Count == 1 ? "is" : "are")} broken";

    /// <summary>The closing sentence: which features failed, and what to read.</summary>
    public string Summary => AllPassed
        ? $"All {Results.Count} city features answered."
        : $"{Failures.Count} of {Results.Count} city features failed: {string.Join(", ", Failures.Select(failure => failure.Feature))}. " +
          "Each row above says what went wrong; docs/city-data.md says where each request was confirmed.";

    public string ToText()
    {
        var featureWidth = Math.Max("feature".Length, Results.Max(result => result.Feature.Length));
        var serviceWidth = Math.Max("service".Length, Results.Max(result => result.Service.Length));
        var text = new StringBuilder();
        text.AppendLine($"{"feature".PadRight(featureWidth)}  {"service".PadRight(serviceWidth)}     what it said");
        foreach (var result in Results)
        {
            text.AppendLine($"{result.Feature.PadRight(featureWidth)}  {result.Service.PadRight(serviceWidth)}  {(result.Passed ? Pass : Fail)}  {result.Detail}");
        }

        return text.ToString();
    }

    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.AppendLine("| feature | service | | what it said |");
        text.AppendLine("|---|---|---|---|");
        foreach (var result in Results)
        {
            text.AppendLine($"| {result.Feature} | {result.Service} | {(result.Passed ? Pass : Fail)} | {result.Detail.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ")} |");
        }

        return text.ToString();
    }
}
