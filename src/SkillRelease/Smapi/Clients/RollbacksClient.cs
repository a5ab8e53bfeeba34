using System.Net;
using System.Text.Json.Nodes;
using SkillRelease.Smapi.Model;

namespace SkillRelease.Smapi.Clients;

internal sealed class RollbacksClient(SmapiConnection connection, SmapiPoller poller) : IRollbacksClient
{
    public async Task<string> CreateAsync(string skillId, CreateRollbackRequest request, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(skillId);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.TargetVersion, nameof(request));
        const string operation = "RollbackSkill";
        var body = new JsonObject { ["targetVersion"] = request.TargetVersion };
        var response = await connection.SendAsync(new SmapiRequest(HttpMethod.Post, SmapiPaths.Rollbacks(skillId), operation) { Body = body, Once = true }, cancellationToken).ConfigureAwait(false);
        // The id is in the body; the Location header ("relative url to track rollback status") names it too.
        return response!.Body?["rollbackRequestId"]?.GetValue<string>() ?? SmapiPaths.LastSegment(response.Location)
            ?? throw new SmapiException(HttpStatusCode.Created, null, "The rollback answer names no rollbackRequestId.", [], null, operation);
    }

    public async Task<RollbackRequestStatus?> GetAsync(string skillId, string rollbackRequestId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(skillId);
        ArgumentException.ThrowIfNullOrWhiteSpace(rollbackRequestId);
        var request = new SmapiRequest(HttpMethod.Get, SmapiPaths.Rollback(skillId, rollbackRequestId), "GetRollbackForSkill") { NotFoundIsNull = true };
        if (await connection.GetObjectAsync(request, cancellationToken).ConfigureAwait(false) is not { } answer)
        {
            return null;
        }

        return new RollbackRequestStatus
        {
            Id = answer["id"]?.GetValue<string>() ?? rollbackRequestId,
            TargetVersion = answer["targetVersion"]?.GetValue<string>(),
            SubmissionTime = answer["submissionTime"]?.GetValue<DateTimeOffset>(),
            Status = answer["status"]?.GetValue<string>() ?? "",
            Errors = [.. (answer["errors"] as JsonArray ?? []).OfType<JsonObject>().Select(e => e["message"]?.GetValue<string>() ?? e.ToJsonString())],
        };
    }

    public Task<RollbackRequestStatus> WaitUntilDoneAsync(string skillId, string rollbackRequestId, CancellationToken cancellationToken) =>
        poller.UntilAsync(
            async ct => await GetAsync(skillId, rollbackRequestId, ct).ConfigureAwait(false)
                ?? throw new SmapiException(HttpStatusCode.NotFound, null, $"Rollback {rollbackRequestId} is not known to SMAPI.", [], null, "GetRollbackForSkill"),
            status => !status.InProgress,
            $"The rollback {rollbackRequestId} of skill {skillId}",
            cancellationToken);
}
