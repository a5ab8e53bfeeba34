namespace BostonInfo.Skill.Protocol.Requests;

/// <summary>What one authority resolved the spoken value to.</summary>
public sealed class AuthorityResolution
{
    /// <summary>e.g. "amzn1.er-authority.echo-sdk.{skillId}.BostonServices".</summary>
    public string? Authority { get; init; }

    public ResolutionStatus? Status { get; init; }

    public List<ResolvedValueItem>? Values { get; init; }
}
