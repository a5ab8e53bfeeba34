using System.Text.Json.Nodes;
using NSubstitute;
using SkillRelease.Release.Packages;
using SkillRelease.Release.Steps;
using SkillRelease.Smapi;
using SkillRelease.Smapi.Model;

namespace SkillRelease.Tests.Release.Steps;

/// <summary>SMAPI's submit has no guard, so the step checks, just before it, that nobody submitted and that the candidate is what would be reviewed.</summary>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class SubmitForCertificationTests
{
    private const string Candidate = "arn:aws:lambda:us-east-1:123456789012:function:boston-info:green";

    private static readonly DateTimeOffset CutAt = new(2026, 11, 29, 10, 0, 0, TimeSpan.Zero);

    private static readonly SubmitForCertification Submit = new("v1.4.0", PublicationMethods.Manual, Candidate, CutAt);

    private readonly StepRig _rig = new();

    [Test]
    public void Description_NamesTheTagAndHowItIsPublished() =>
        Assert.That(Submit.Description, Is.EqualTo("submit v1.4.0 for certification (MANUAL_PUBLISHING)"));

    [Test]
    public async Task Apply_WhenTheCandidateIsOnTheDevelopmentEndpoint_SubmitsWithTheTagAsTheVersionMessage()
    {
        Newest(null);
        Endpoint(Candidate);
        _rig.Smapi.Certifications.SubmitAsync(default!, default!, default).ReturnsForAnyArgs("cert-7");

        await _rig.ApplyAsync(Submit);

        Assert.That(StepRig.Sent<SubmitSkillForCertificationRequest>(_rig.Smapi.Certifications).Single(),
            Is.EqualTo(new SubmitSkillForCertificationRequest { PublicationMethod = PublicationMethods.Manual, VersionMessage = "v1.4.0" }));
        await _rig.Smapi.Certifications.Received(1).GetReviewAsync(StepRig.SkillId, "mostRecent", Arg.Any<CancellationToken>());
        await _rig.Smapi.Manifest.Received(1).GetAsync(StepRig.SkillId, Stages.Development, Arg.Any<CancellationToken>());
        Assert.That(_rig.Logger.Lines, Is.EqualTo(new[] { "Information:   certification cert-7 started" }));
    }

    [Test]
    public async Task Apply_WhenTheNewestReviewFinishedBeforeTheCut_SubmitsAgain()
    {
        Newest(new CertificationReview { Id = "cert-6", Status = UpdateStatuses.Failed, SkillSubmissionTimestamp = CutAt.AddTicks(-1) });
        Endpoint(Candidate);

        await _rig.ApplyAsync(Submit);

        Assert.That(StepRig.Sent<SubmitSkillForCertificationRequest>(_rig.Smapi.Certifications), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Apply_WhileACertificationIsInProgress_DoesNotSubmitAgain()
    {
        Newest(new CertificationReview { Id = "cert-6", Status = UpdateStatuses.InProgress, SkillSubmissionTimestamp = CutAt.AddDays(-1) });
        Endpoint(Candidate);

        await _rig.ApplyAsync(Submit);

        Assert.That(StepRig.Sent<SubmitSkillForCertificationRequest>(_rig.Smapi.Certifications), Is.Empty);
        Assert.That(_rig.Logger.Lines, Is.EqualTo(new[] { "Information:   certification cert-6 (IN_PROGRESS) was submitted after v1.4.0 was cut: not submitting again" }));
    }

    [TestCase(0)]
    [TestCase(1)]
    public async Task Apply_WhenAReviewWasSubmittedSinceTheCut_DoesNotSubmitAgain(int secondsAfterCut)
    {
        Newest(new CertificationReview { Id = "cert-7", Status = UpdateStatuses.Succeeded, SkillSubmissionTimestamp = CutAt.AddSeconds(secondsAfterCut) });
        Endpoint("arn:aws:lambda:us-east-1:123456789012:function:boston-info");

        await _rig.ApplyAsync(Submit);

        Assert.That(StepRig.Sent<SubmitSkillForCertificationRequest>(_rig.Smapi.Certifications), Is.Empty);
    }

    [TestCase("arn:aws:lambda:us-east-1:123456789012:function:boston-info", "arn:aws:lambda:us-east-1:123456789012:function:boston-info")]
    [TestCase(null, "(none)")]
    public void Apply_WhenTheDevelopmentEndpointMovedOffTheCandidate_RefusesToSubmit(string? endpoint, string said)
    {
        Newest(null);
        Endpoint(endpoint);

        var failed = Assert.ThrowsAsync<StepFailedException>(() => _rig.ApplyAsync(Submit));

        Assert.That(failed!.Message, Does.StartWith($"Not submitting v1.4.0: the development endpoint is now {said}, not the candidate {Candidate}, so certification would review other code."));
        Assert.That(StepRig.Sent<SubmitSkillForCertificationRequest>(_rig.Smapi.Certifications), Is.Empty);
    }

    [Test]
    public void Apply_WhenTheDevelopmentStageHasNoManifest_RefusesToSubmit()
    {
        Newest(null);
        _rig.Smapi.Manifest.GetAsync(default!, default!, default).ReturnsForAnyArgs((StageDocument?)null);

        Assert.ThrowsAsync<StepFailedException>(() => _rig.ApplyAsync(Submit));
    }

    private void Newest(CertificationReview? review) =>
        _rig.Smapi.Certifications.GetReviewAsync(default!, default!, default).ReturnsForAnyArgs(review);

    private void Endpoint(string? uri)
    {
        var envelope = new JsonObject { ["manifest"] = new JsonObject { ["publishingInformation"] = new JsonObject() } };
        _rig.Smapi.Manifest.GetAsync(default!, default!, default).ReturnsForAnyArgs(new StageDocument(uri is null ? envelope : ManifestEndpoint.With(envelope, uri), "\"etag\""));
    }
}
