namespace SkillRelease.Lambda.Model;

/// <summary>An alias (service model: AliasConfiguration).</summary>
public record AliasConfiguration
{
    public string AliasArn { get; init; } = "";
    public string Name { get; init; } = "";
    public string FunctionVersion { get; init; } = "";
    public string? Description { get; init; }
    public AliasRoutingConfiguration? RoutingConfig { get; init; }
    public string? RevisionId { get; init; }
}
