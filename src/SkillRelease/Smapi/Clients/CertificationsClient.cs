using System.Net;
using System.Text.Json.Nodes;
using SkillRelease.Smapi.Model;

namespace SkillRelease.Smapi.Clients;

internal sealed class CertificationsClient(SmapiConnection connection) : ICertificationsClient
{
    public async Task<string> SubmitAsync(string skillId, SubmitSkillForCertificationRequest request, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(skillId);
        ArgumentNullException.ThrowIfNull(request);
        const string operation = "SubmitSkillForCertification";
        var body = new JsonObject { ["publicationMethod"] = request.PublicationMethod };
        if (request.VersionMessage is not null)
        {
            body["versionMessage"] = request.VersionMessage;
        }

        // Once: a repeated submit could start a second review. After an ambiguous failure the caller lists the
        // certifications to see whether this one arrived.
        var response = await connection.SendAsync(new SmapiRequest(HttpMethod.Post, SmapiPaths.Submit(skillId), operation) { Body = body, Once = true }, cancellationToken).ConfigureAwait(false);
        return SmapiPaths.LastSegment(response!.Location)
            ?? throw new SmapiException(HttpStatusCode.Accepted, null, "The submit answer has no Location naming the certification.", [], null, operation);
    }

    public async Task WithdrawAsync(string skillId, WithdrawRequest request, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(skillId);
        ArgumentNullException.ThrowIfNull(request);
        var body = new JsonObject { ["reason"] = request.Reason };
        if (request.Message is not null)
        {
            body["message"] = request.Message;
        }

        await connection.SendAsync(new SmapiRequest(HttpMethod.Post, SmapiPaths.Withdraw(skillId), "WithdrawSkillFromCertification") { Body = body }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<CertificationSummary>> ListAsync(string skillId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(skillId);
        var all = await connection.ListAllAsync<CertificationSummary>(SmapiPaths.Certifications(skillId), "GetCertificationsList", "items", notFoundIsEmpty: false, cancellationToken).ConfigureAwait(false);

        // SMAPI sorts newest first; sorting again keeps that true across pages.
        return [.. all.OrderByDescending(c => c.SkillSubmissionTimestamp ?? DateTimeOffset.MinValue)];
    }

    public async Task<CertificationReview?> GetReviewAsync(string skillId, string certificationId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(skillId);
        ArgumentException.ThrowIfNullOrWhiteSpace(certificationId);
        var request = new SmapiRequest(HttpMethod.Get, SmapiPaths.Certification(skillId, certificationId), "GetCertificationReview") { NotFoundIsNull = true, AcceptLanguage = true };
        if (await connection.GetObjectAsync(request, cancellationToken).ConfigureAwait(false) is not { } review)
        {
            return null;
        }

        return new CertificationReview
        {
            Id = review["id"]?.GetValue<string>() ?? certificationId,
            Status = review["status"]?.GetValue<string>() ?? "",
            SkillSubmissionTimestamp = review["skillSubmissionTimestamp"]?.GetValue<DateTimeOffset>(),
            ActualCompletionTimestamp = review["reviewTrackingInfo"]?["actualCompletionTimestamp"]?.GetValue<DateTimeOffset>(),
            ReviewFeedback = review["result"]?["reviewFeedback"]?.GetValue<string>(),
        };
    }
}
