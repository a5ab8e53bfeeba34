using SkillRelease.Lambda.Model;

namespace SkillRelease.Simulator.Lambda;

/// <summary>One version of the function (<c>$LATEST</c> or a published number), as GetFunctionConfiguration describes it.</summary>
public sealed record FunctionVersion
{
    public required string Version { get; init; }
    public required string CodeSha256 { get; init; }
    public required long CodeSize { get; init; }
    public string Description { get; init; } = "";
    public required string Runtime { get; init; }
    public required string Handler { get; init; }
    public required string Role { get; init; }
    public int Timeout { get; init; } = 8;
    public int MemorySize { get; init; } = 512;
    public string Architecture { get; init; } = "x86_64";
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();
    public required DateTimeOffset LastModified { get; init; }
    public required string RevisionId { get; init; }
    public string State { get; init; } = FunctionStates.Active;
    public string LastUpdateStatus { get; init; } = LastUpdateStatuses.Successful;
    public string? LastUpdateStatusReason { get; init; }
    public string? LastUpdateStatusReasonCode { get; init; }

    /// <summary>True when publishing this <c>$LATEST</c> would give <paramref name="published"/> again: same code, same
    /// configuration (the description does not count, as on Lambda).</summary>
    public bool PublishesAs(FunctionVersion published) =>
        CodeSha256 == published.CodeSha256 && Runtime == published.Runtime && Handler == published.Handler
        && Role == published.Role && Timeout == published.Timeout && MemorySize == published.MemorySize
        && Architecture == published.Architecture && Environment.Count == published.Environment.Count && !Environment.Except(published.Environment).Any();
}
