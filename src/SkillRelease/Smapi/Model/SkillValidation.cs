namespace SkillRelease.Smapi.Model;

/// <summary>A validation run: status IN_PROGRESS, SUCCESSFUL or FAILED, and its checks.</summary>
public sealed record SkillValidation
{
    public string Id { get; init; } = "";
    public string Status { get; init; } = "";
    public IReadOnlyList<ValidationCheck> Validations { get; init; } = [];
    /// <summary>Set when the validation run itself failed.</summary>
    public StandardizedError? Error { get; init; }

    /// <summary>The checks that block certification: REQUIRED and FAILED.</summary>
    public IEnumerable<ValidationCheck> BlockingFailures =>
        Validations.Where(v => v.Importance == "REQUIRED" && v.Status == UpdateStatuses.Failed);
}

public sealed record ValidationCheck
{
    public string? Title { get; init; }
    public string? Description { get; init; }
    public string? Locale { get; init; }
    /// <summary>REQUIRED or RECOMMENDED.</summary>
    public string? Importance { get; init; }
    public string Status { get; init; } = "";
}
