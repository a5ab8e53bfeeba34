using System.Globalization;
using System.Text;
using SkillRelease.Release.Canaries;
using SkillRelease.Release.State;

namespace SkillRelease.Release.Reporting;

/// <summary>The status table: code, aliases, endpoints per stage, roles, certification, what is in flight.</summary>
public sealed record StatusReport(IReadOnlyList<(string Item, string Value)> Rows)
{
    /// <param name="canary">The live alias's canary figures, when it runs one and CloudWatch answered.</param>
    public static StatusReport From(RemoteState state, DateTimeOffset now, CanaryFigures? canary = null)
    {
        var rows = new List<(string, string)>
        {
            ("$LATEST code", $"{state.Latest.CodeSha256} ({state.Latest.LastUpdateStatus ?? "?"}{Modified(state.Latest.LastModified, now)})"),
            ("published versions", state.Versions.Count == 0 ? "none" : string.Join(", ", state.Versions.Select(v => v.Version))),
        };
        foreach (var name in state.AliasNames)
        {
            var alias = state.Alias(name);
            var role = alias is null ? "" : alias == state.LiveAlias ? "live" : name == state.CandidateAliasName ? "candidate" : "";
            rows.Add(($"alias {name}", alias is null
                ? "not created yet"
                : $"version {alias.FunctionVersion}{Weights(alias)}{(role.Length > 0 ? $" [{role}]" : "")}; {alias.Description}{(alias.AlexaCanInvoke ? "; Alexa trigger ✓" : "; no Alexa trigger")}"));
        }

        if (state.LiveAlias is { IsWeighted: true } weighted)
        {
            rows.Add(("canary", Canary(weighted, canary)));
        }

        rows.Add(("development endpoint", Endpoint(state, state.Development.EndpointUri)));
        rows.Add(("certified endpoint", state.Certified is null ? "no certified stage" : Endpoint(state, state.Certified.EndpointUri)));
        rows.Add(("live endpoint", state.Live is null ? "never published" : Endpoint(state, state.Live.EndpointUri)));
        rows.Add(("certification", state.LatestCertification is { } c
            ? $"{c.Status} ({c.Id}{SubmittedAt(c.SkillSubmissionTimestamp)})"
            : "none submitted"));
        rows.Add(("in flight", state.ReleaseInFlight ? $"release {state.ReleaseInFlightTag ?? "(unknown)"}{(state.CertificationInProgress ? " in certification" : " cut, not yet finished")}" : "nothing"));
        return new StatusReport(rows);
    }

    public string ToText()
    {
        var width = Rows.Max(r => r.Item.Length);
        var text = new StringBuilder();
        foreach (var (item, value) in Rows)
        {
            text.Append(item.PadRight(width)).Append("  ").AppendLine(value);
        }

        return text.ToString();
    }

    public string ToMarkdown()
    {
        var text = new StringBuilder("## Boston Info release status\n\n| | |\n|---|---|\n");
        foreach (var (item, value) in Rows)
        {
            text.Append("| ").Append(item).Append(" | ").Append(value.Replace("|", "\\|", StringComparison.Ordinal)).AppendLine(" |");
        }

        return text.ToString();
    }

    private static string Canary(AliasState alias, CanaryFigures? figures)
    {
        var since = alias.Description.CanaryStart is { } start ? $" since {start.UtcDateTime:yyyy-MM-dd HH:mm} UTC" : " (start not recorded)";
        var (version, weight) = alias.AdditionalVersionWeights.First();
        return string.Create(CultureInfo.InvariantCulture,
            $"version {version} takes {weight * 100:0.#}% of alias {alias.Name}'s traffic{since}; {(figures is null ? "no figures read from CloudWatch" : figures.ToString())}");
    }

    private static string Endpoint(RemoteState state, string? uri) => uri is null ? "none" : EndpointNames.Describe(state, uri);

    private static string Weights(AliasState alias) =>
        alias.IsWeighted ? " + " + string.Join(", ", alias.AdditionalVersionWeights.Select(w => string.Create(CultureInfo.InvariantCulture, $"{w.Value:P0} on {w.Key}"))) : "";

    private static string Modified(string? lastModified, DateTimeOffset now) =>
        DateTimeOffset.TryParse(lastModified, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? $", updated {at.UtcDateTime:yyyy-MM-dd HH:mm} UTC, {Math.Max(0, (now - at).TotalHours):0.#} h ago"
            : "";

    private static string SubmittedAt(DateTimeOffset? at) => at is null ? "" : $", submitted {at.Value.UtcDateTime:yyyy-MM-dd HH:mm} UTC";
}
