using System.Globalization;
using SkillRelease.Smapi;
using SkillRelease.Smapi.Model;

namespace SkillRelease.Simulator.Smapi;

/// <summary>
/// Skill versions and rollbacks. Every certification submission is a skill version (numbered in submission order,
/// with its versionMessage and the snapshot it reviewed); a rollback makes an earlier version that was live the live
/// stage again, manifest and models, without review (developer.amazon.com/docs/smapi/skill-rollback.html).
/// </summary>
public sealed partial class SimulatedSkill
{
    /// <summary>How long ago a version may have passed certification and still be rolled back to (Amazon: six months).</summary>
    internal static readonly TimeSpan RollbackEligibility = TimeSpan.FromDays(183);

    private readonly HashSet<int> _everLive = [];
    private readonly List<SimulatedRollback> _rollbacks = [];

    /// <summary>The skill version the live stage holds (a certification's <see cref="SimulatedCertification.Sequence"/>).</summary>
    public int? LiveVersion { get; private set; }

    /// <summary>How many rollbacks were requested (accepted) so far.</summary>
    public int RollbackRequests => _rollbacks.Count;

    /// <summary>What list-versions-for-skill says of a version now: IN_REVIEW, LIVE, CERTIFIED (passed, not live now),
    /// FAILED_CERTIFICATION or WITHDRAWN_FROM_CERTIFICATION.</summary>
    internal string VersionStatus(SimulatedCertification version) => version.Status switch
    {
        UpdateStatuses.InProgress => VersionSubmissionStatuses.InReview,
        UpdateStatuses.Failed => VersionSubmissionStatuses.FailedCertification,
        UpdateStatuses.Cancelled => VersionSubmissionStatuses.Withdrawn,
        _ => version.Sequence == LiveVersion ? VersionSubmissionStatuses.Live : VersionSubmissionStatuses.Certified,
    };

    internal SimulatedRollback Rollback(string? targetVersion, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(targetVersion))
        {
            throw SmapiError.BadRequest("The rollback request is not valid.", [new Violation("MISSING_REQUIRED_PROPERTY", "targetVersion - is required.")]);
        }

        RefuseWhileRollingBack();
        if (Publication is { Status: UpdateStatuses.InProgress })
        {
            throw Conflict("A publication of the skill is in progress: only one rollback or publish operation can be outstanding for a skill.");
        }

        var target = int.TryParse(targetVersion, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? _certifications.FirstOrDefault(c => c.Sequence == number) : null;
        if (target is null)
        {
            throw SmapiError.NotFound($"Skill version {targetVersion} does not exist.");
        }

        if (target.Sequence == LiveVersion)
        {
            throw Conflict($"Skill version {targetVersion} is already live.");
        }

        if (!_everLive.Contains(target.Sequence) || now - (target.CompletedAt ?? target.SubmittedAt) > RollbackEligibility)
        {
            throw Conflict($"Skill version {targetVersion} is not eligible for rollback: only a version that was live and passed certification in the last six months is.");
        }

        var rollback = new SimulatedRollback(NewId("rollback"), target.Sequence, now, UpdateDone(now));
        _rollbacks.Add(rollback);
        return rollback;
    }

    internal SimulatedRollback RollbackRequest(string id) =>
        (id == SmapiWire.Latest ? _rollbacks.LastOrDefault() : _rollbacks.FirstOrDefault(r => r.Id == id))
            ?? throw SmapiError.NotFound($"No rollback {id}.");

    private void GoLive(SimulatedCertification version, DateTimeOffset now)
    {
        Live = version.Snapshot.Snapshot(now);
        LiveVersion = version.Sequence;
        _everLive.Add(version.Sequence);
    }

    private void AdvanceRollback(DateTimeOffset now)
    {
        if (_rollbacks.LastOrDefault() is { Status: RollbackStatuses.InProgress } rollback && now >= rollback.CompletesAt)
        {
            GoLive(_certifications.Single(c => c.Sequence == rollback.TargetVersion), now);
            rollback.Status = RollbackStatuses.Succeeded;
        }
    }

    private void RefuseWhileRollingBack()
    {
        if (_rollbacks.LastOrDefault() is { Status: RollbackStatuses.InProgress } running)
        {
            throw Conflict($"Rollback {running.Id} is in progress: only one rollback or publish operation can be outstanding for a skill.");
        }
    }

    private static SmapiError Conflict(string message) => new(409, message, code: "OPERATION_NOT_ALLOWED");
}
