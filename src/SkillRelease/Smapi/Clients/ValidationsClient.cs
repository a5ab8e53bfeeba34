using System.Net;
using System.Text.Json.Nodes;
using SkillRelease.Smapi.Model;

namespace SkillRelease.Smapi.Clients;

internal sealed class ValidationsClient(SmapiConnection connection, SmapiPoller poller) : IValidationsClient
{
    public async Task<string> SubmitAsync(string skillId, string stage, IReadOnlyList<string> locales, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(skillId);
        ArgumentException.ThrowIfNullOrWhiteSpace(stage);
        ArgumentNullException.ThrowIfNull(locales);
        if (locales.Count == 0)
        {
            throw new ArgumentException("A validation needs at least one locale.", nameof(locales));
        }

        var body = new JsonObject { ["locales"] = new JsonArray([.. locales.Select(l => JsonValue.Create(l))]) };
        var answer = await connection.GetObjectAsync(new SmapiRequest(HttpMethod.Post, SmapiPaths.Validations(skillId, stage), "SubmitSkillValidation") { Body = body }, cancellationToken).ConfigureAwait(false);
        return answer!["id"]?.GetValue<string>() ?? throw new SmapiException(HttpStatusCode.Accepted, null, "The validation answer has no id.", [], null, "SubmitSkillValidation");
    }

    public async Task<SkillValidation> GetAsync(string skillId, string stage, string validationId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(skillId);
        ArgumentException.ThrowIfNullOrWhiteSpace(stage);
        ArgumentException.ThrowIfNullOrWhiteSpace(validationId);
        var answer = await connection.GetObjectAsync(new SmapiRequest(HttpMethod.Get, SmapiPaths.Validation(skillId, stage, validationId), "GetSkillValidations"), cancellationToken).ConfigureAwait(false);
        var result = answer!["result"] as JsonObject;
        return new SkillValidation
        {
            Id = answer["id"]?.GetValue<string>() ?? validationId,
            Status = answer["status"]?.GetValue<string>() ?? "",
            Validations = result?["validations"] is JsonArray checks ? SmapiConnection.Read<List<ValidationCheck>>(checks) : [],
            Error = result?["error"] is JsonObject error ? SmapiConnection.Read<StandardizedError>(error) : null,
        };
    }

    public Task<SkillValidation> WaitAsync(string skillId, string stage, string validationId, CancellationToken cancellationToken) =>
        poller.UntilAsync(ct => GetAsync(skillId, stage, validationId, ct), v => v.Status != UpdateStatuses.InProgress, $"Validation {validationId}", cancellationToken);
}
