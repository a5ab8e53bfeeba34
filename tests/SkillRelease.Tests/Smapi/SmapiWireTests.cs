using SkillRelease.Smapi;
using SkillRelease.Smapi.Model;

namespace SkillRelease.Tests.Smapi;

/// <summary>
/// Pins the SMAPI wire constants the client, the engine and the simulator share to the values
/// shared/reference/smapi-contract.md documents.
/// </summary>
public sealed class SmapiWireTests
{
    [Test]
    public void Constants_AreTheContractsWireValues()
    {
        Assert.Multiple(() =>
        {
            // §1: stages are lower case; responses carry x-amzn-requestid.
            Assert.That(new[] { Stages.Development, Stages.Certified, Stages.Live }, Is.EqualTo(new[] { "development", "certified", "live" }));
            Assert.That(SmapiWire.RequestIdHeader, Is.EqualTo("x-amzn-requestid").IgnoreCase);
            // §4.1–§4.2: ETag on reads, If-Match on writes.
            Assert.That(SmapiWire.ETagHeader, Is.EqualTo("ETag").IgnoreCase);
            Assert.That(SmapiWire.IfMatchHeader, Is.EqualTo("If-Match").IgnoreCase);
            // §6, §7.5: the reserved id of the newest validation or certification; §7.4: of the newest publication.
            Assert.That(SmapiWire.MostRecent, Is.EqualTo("mostRecent"));
            Assert.That(SmapiWire.Latest, Is.EqualTo("~latest"));
        });
    }

    [Test]
    public void Statuses_AreTheContractsValues()
    {
        Assert.Multiple(() =>
        {
            // §7.4: a publication's status; §7.5: a certification's.
            Assert.That(
                new[] { UpdateStatuses.InProgress, UpdateStatuses.Succeeded, UpdateStatuses.Failed, UpdateStatuses.Cancelled, UpdateStatuses.Scheduled },
                Is.EqualTo(new[] { "IN_PROGRESS", "SUCCEEDED", "FAILED", "CANCELLED", "SCHEDULED" }));
            // §7.5: a skill summary's publicationStatus per stage.
            Assert.That(
                new[] { PublicationStatuses.Development, PublicationStatuses.Certification, PublicationStatuses.Certified, PublicationStatuses.Published },
                Is.EqualTo(new[] { "DEVELOPMENT", "CERTIFICATION", "CERTIFIED", "PUBLISHED" }));
            // §7.5: a submission's status.
            Assert.That(
                new[] { VersionSubmissionStatuses.Live, VersionSubmissionStatuses.Certified, VersionSubmissionStatuses.InReview, VersionSubmissionStatuses.FailedCertification },
                Is.EqualTo(new[] { "LIVE", "CERTIFIED", "IN_REVIEW", "FAILED_CERTIFICATION" }));
        });
    }
}
