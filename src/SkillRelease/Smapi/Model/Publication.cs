namespace SkillRelease.Smapi.Model;

/// <summary>POST /publications and GET /publications/~latest: status IN_PROGRESS, SUCCEEDED, FAILED, CANCELLED or SCHEDULED.</summary>
public sealed record Publication(string Status, DateTimeOffset? PublishesAtDate);
