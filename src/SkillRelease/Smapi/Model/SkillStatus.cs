namespace SkillRelease.Smapi.Model;

/// <summary>GET /status: the development stage's last manifest update and each locale's last model build.</summary>
public sealed record SkillStatus
{
    public ResourceStatus? Manifest { get; init; }
    public IReadOnlyDictionary<string, ResourceStatus> InteractionModel { get; init; } = new Dictionary<string, ResourceStatus>();
}

public sealed record ResourceStatus
{
    public LastUpdateRequest? LastUpdateRequest { get; init; }
    public string? ETag { get; init; }
    public string? Version { get; init; }
}

public sealed record LastUpdateRequest
{
    /// <summary>IN_PROGRESS, SUCCEEDED or FAILED.</summary>
    public string Status { get; init; } = "";
    public IReadOnlyList<StandardizedError> Errors { get; init; } = [];
    public IReadOnlyList<StandardizedError> Warnings { get; init; } = [];
}

public sealed record StandardizedError
{
    public string? Code { get; init; }
    public string Message { get; init; } = "";
}
