using SkillRelease.Smapi.Model;

namespace SkillRelease.Simulator.Smapi;

/// <summary>One submission for certification, with the snapshot of the development stage it reviews.</summary>
public sealed class SimulatedCertification
{
    internal SimulatedCertification(string id, int sequence, DateTimeOffset submittedAt, string publicationMethod, string? versionMessage, StageContent snapshot)
    {
        Id = id;
        Sequence = sequence;
        SubmittedAt = submittedAt;
        PublicationMethod = publicationMethod;
        VersionMessage = versionMessage;
        Snapshot = snapshot;
    }

    public string Id { get; }

    /// <summary>Submission order (timestamps can tie under a manual clock).</summary>
    public int Sequence { get; }

    public DateTimeOffset SubmittedAt { get; }

    public string PublicationMethod { get; }

    public string? VersionMessage { get; }

    public StageContent Snapshot { get; }

    /// <summary>IN_PROGRESS, SUCCEEDED, FAILED or CANCELLED.</summary>
    public string Status { get; internal set; } = UpdateStatuses.InProgress;

    public DateTimeOffset? CompletedAt { get; internal set; }

    public string? ReviewFeedback { get; internal set; }

    public bool InProgress => Status == UpdateStatuses.InProgress;
}
