namespace SkillRelease.Lambda.Model;

/// <summary>A function version's configuration, the fields the pipeline reads (service model: FunctionConfiguration).</summary>
public record FunctionConfiguration
{
    public string FunctionName { get; init; } = "";
    public string FunctionArn { get; init; } = "";
    public string? Runtime { get; init; }
    public string? Role { get; init; }
    public string? Handler { get; init; }
    public long CodeSize { get; init; }
    public string? Description { get; init; }
    public int? Timeout { get; init; }
    public int? MemorySize { get; init; }
    /// <summary>ISO 8601 with offset, as Lambda writes it (e.g. 2026-11-25T10:00:00.000+0000).</summary>
    public string? LastModified { get; init; }
    /// <summary>Base64 SHA-256 of the deployment package.</summary>
    public string CodeSha256 { get; init; } = "";
    /// <summary><c>$LATEST</c> or a version number.</summary>
    public string Version { get; init; } = "";
    public string? RevisionId { get; init; }
    public string? State { get; init; }
    public string? StateReason { get; init; }
    public string? StateReasonCode { get; init; }
    /// <summary>Successful, Failed or InProgress.</summary>
    public string? LastUpdateStatus { get; init; }
    public string? LastUpdateStatusReason { get; init; }
    public string? LastUpdateStatusReasonCode { get; init; }
    public string? PackageType { get; init; }
    public IReadOnlyList<string>? Architectures { get; init; }
    /// <summary>Absent when the function has no variables.</summary>
    public FunctionEnvironment? Environment { get; init; }
}
