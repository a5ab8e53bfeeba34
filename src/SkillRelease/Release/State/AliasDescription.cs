using System.Globalization;

namespace SkillRelease.Release.State;

/// <summary>
/// What the pipeline keeps in an alias's description, durably and beside the alias itself rather than in a local
/// file: the release it carries; <c>previous</c>, after a promote the version the alias left (what a code-only rollback
/// returns to), after a cut the version live ran then; the version a rollback left; when a release was cut onto
/// the alias (a lease: see the cut-release planner; kept until a promote or rollback rewrites the description, it
/// tells rollback the alias went live by certification); and when a canary on the alias started (so that a re-run
/// waits only for the time left). Written as <c>release=v1.2.0 previous=7 cut=2026-11-26T10:00:00Z</c> /
/// <c>rolled-back-from=9</c> / <c>canary=2026-11-26T10:00:00Z</c>.
/// </summary>
public sealed record AliasDescription(string? Release = null, string? Previous = null, string? RolledBackFrom = null, DateTimeOffset? Cut = null)
{
    /// <summary>When the canary the alias carries (its weighted version) started.</summary>
    public DateTimeOffset? CanaryStart { get; init; }

    public static AliasDescription Parse(string? text)
    {
        var parts = (text ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .Where(p => p.Length == 2)
            .ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
        return new AliasDescription(
            parts.GetValueOrDefault("release"),
            parts.GetValueOrDefault("previous"),
            parts.GetValueOrDefault("rolled-back-from"),
            Time(parts.GetValueOrDefault("cut")))
        {
            CanaryStart = Time(parts.GetValueOrDefault("canary")),
        };
    }

    public override string ToString() => string.Join(' ', new[]
    {
        Release is null ? null : "release=" + Release,
        Previous is null ? null : "previous=" + Previous,
        RolledBackFrom is null ? null : "rolled-back-from=" + RolledBackFrom,
        Cut is null ? null : "cut=" + Text(Cut.Value),
        CanaryStart is null ? null : "canary=" + Text(CanaryStart.Value),
    }.OfType<string>());

    private static DateTimeOffset? Time(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : null;

    private static string Text(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    /// <summary>A published version's description: tag, UTC date and short commit.</summary>
    public static string ForVersion(string release, DateTimeOffset now, string shortCommit) =>
        string.Create(CultureInfo.InvariantCulture, $"{release} {now.UtcDateTime:yyyy-MM-dd} {shortCommit}");
}
