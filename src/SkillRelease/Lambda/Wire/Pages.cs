using SkillRelease.Lambda.Model;

namespace SkillRelease.Lambda.Wire;

// One page of a paginated list; NextMarker is absent (or null) on the last page.

internal sealed record VersionsPage(List<FunctionConfiguration>? Versions, string? NextMarker);

internal sealed record AliasesPage(List<AliasConfiguration>? Aliases, string? NextMarker);
