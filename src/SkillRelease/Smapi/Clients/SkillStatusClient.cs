using SkillRelease.Smapi.Model;

namespace SkillRelease.Smapi.Clients;

internal sealed class SkillStatusClient(SmapiConnection connection, SmapiPoller poller) : ISkillStatusClient
{
    public async Task<SkillStatus> GetAsync(string skillId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(skillId);
        var response = await connection.SendAsync(new SmapiRequest(HttpMethod.Get, SmapiPaths.Status(skillId), "GetSkillStatus"), cancellationToken).ConfigureAwait(false);
        return SmapiConnection.Read<SkillStatus>(response!.Body);
    }

    public Task<SkillStatus> WaitUntilSettledAsync(string skillId, CancellationToken cancellationToken) =>
        poller.UntilAsync(ct => GetAsync(skillId, ct), IsSettled, $"The skill {skillId}'s manifest update or model build", cancellationToken);

    private static bool IsSettled(SkillStatus status) =>
        !IsInProgress(status.Manifest) && !status.InteractionModel.Values.Any(IsInProgress);

    private static bool IsInProgress(ResourceStatus? resource) => resource?.LastUpdateRequest?.Status == UpdateStatuses.InProgress;
}
