using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SkillRelease.Simulator.Faults;

namespace SkillRelease.Simulator.Smapi;

/// <summary>
/// GET /v1/skills/{skillId}/versions, POST /rollbacks and GET /rollbacks/{id|~latest}, in the shapes of
/// ask-smapi-model's ListSkillVersionsResponse, CreateRollbackResponse and RollbackRequestStatus
/// (docs/simulated-smapi-lwa-github.md lists the sources).
/// </summary>
internal static class SkillVersionEndpoints
{
    public static void Map(RouteGroupBuilder v1, SmapiService smapi)
    {
        v1.MapGet("/skills/{skillId}/versions", (HttpContext context, string skillId) =>
                smapi.Run(skillId, (skill, _) => SmapiResults.Json(List(skill, skillId, context.Request.Query))))
            .WithOperation(smapi.Name, "ListVersionsForSkill");

        v1.MapPost("/skills/{skillId}/rollbacks", async (HttpContext context, string skillId) =>
            {
                var body = await SmapiService.ReadBodyAsync(context.Request);
                return smapi.Run(skillId, (skill, now) =>
                {
                    var rollback = skill.Rollback(SkillRules.Text(body?["targetVersion"]), now);
                    context.Response.Headers.Location = $"/v1/skills/{Uri.EscapeDataString(skillId)}/rollbacks/{rollback.Id}";
                    return SmapiResults.Json(new JsonObject { ["rollbackRequestId"] = rollback.Id }, StatusCodes.Status201Created);
                });
            })
            .WithOperation(smapi.Name, "RollbackSkill", isWrite: true);

        v1.MapGet("/skills/{skillId}/rollbacks/{rollbackRequestId}", (string skillId, string rollbackRequestId) =>
                smapi.Run(skillId, (skill, _) => SmapiResults.Json(Status(skill.RollbackRequest(rollbackRequestId)))))
            .WithOperation(smapi.Name, "GetRollbackForSkill");
    }

    private static JsonObject List(SimulatedSkill skill, string skillId, IQueryCollection query) =>
        SmapiListPage<SimulatedCertification>.From(skill.Certifications, query).Answer($"/v1/skills/{skillId}/versions", "skillVersions", version => new JsonObject
        {
            ["version"] = version.Sequence.ToString(CultureInfo.InvariantCulture),
            ["message"] = version.VersionMessage,
            ["creationTime"] = SmapiResults.Timestamp(version.SubmittedAt),
            ["submissions"] = new JsonArray(new JsonObject { ["status"] = skill.VersionStatus(version), ["submissionTime"] = SmapiResults.Timestamp(version.SubmittedAt) }),
        });

    private static JsonObject Status(SimulatedRollback rollback) => new()
    {
        ["id"] = rollback.Id,
        ["targetVersion"] = rollback.TargetVersion.ToString(CultureInfo.InvariantCulture),
        ["submissionTime"] = SmapiResults.Timestamp(rollback.SubmittedAt),
        ["status"] = rollback.Status,
        ["errors"] = new JsonArray(),
    };
}
