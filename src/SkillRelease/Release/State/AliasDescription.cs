using System.Globalization;

namespace SkillRelease.Release.State;

/// <summary>
/// What the pipeline keeps in an alias's description, durably and beside the alias itself rather than in a local
/// file: the release it carries; <c>previous</c>, after a promote the version the alias left (what a code-only rollback
/// returns to), after a cut the version live ran then; the version a rollback left; and when a release was cut onto
/// the alias (a lease: see the cut-release planner; kept until a promote or rollback rewrites the description, it
/// tells rollback the alias went live by certification). Written as
/// <c>release=v1.2.0 previous=7 cut=2026-11-26T10:00:00Z</c> / <c>rolled-back-from=9</c>.
/// </summary>
public sealed record AliasDescription(string? Release = null, string? Previous = null, string? RolledBackFrom = null, DateTimeOffset? Cut = null)
{
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
            DateTimeOffset.TryParse(parts.GetValueOrDefault("cut"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var cut) ? cut : null);
    }

    public override string ToString() => string.Join(' ', new[]
    {
        Release is null ? null : "release=" + Release,
        Previous is null ? null : "previous=" + Previous,
        RolledBackFrom is null ? null : "rolled-back-from=" + RolledBackFrom,
        Cut is null ? null : "cut=" + Cut.Value.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
    }.OfType<string>());

    /// <summary>A published version's description: tag, UTC date and short commit.</summary>
    public static string ForVersion(string release, DateTimeOffset now, string shortCommit) =>
        string.Create(CultureInfo.InvariantCulture, $"{release} {now.UtcDateTime:yyyy-MM-dd} {shortCommit}");
}
