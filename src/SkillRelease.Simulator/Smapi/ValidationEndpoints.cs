using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SkillRelease.Simulator.Faults;
using SkillRelease.Smapi.Model;

namespace SkillRelease.Simulator.Smapi;

/// <summary>POST /v1/skills/{skillId}/stages/{stage}/validations and GET …/{validationId|mostRecent} (smapi-contract.md §6).</summary>
internal static class ValidationEndpoints
{
    private const string Path = "/skills/{skillId}/stages/{stage}/validations";

    public static void Map(RouteGroupBuilder v1, SmapiService smapi)
    {
        v1.MapPost(Path, async (HttpContext context, string skillId, string stage) =>
            {
                var body = await SmapiService.ReadBodyAsync(context.Request);
                var locales = (body?["locales"] as JsonArray ?? []).Select(SkillRules.Text).OfType<string>().ToList();
                return smapi.Run(skillId, (skill, now) =>
                {
                    var validation = skill.Validate(stage, locales, now);
                    return SmapiResults.Accepted(context, $"/v1/skills/{Uri.EscapeDataString(skillId)}/stages/{stage}/validations/{validation.Id}",
                        new JsonObject { ["id"] = validation.Id, ["status"] = validation.StatusAt(now) });
                });
            })
            .WithOperation(smapi.Name, "SubmitSkillValidation", isWrite: true);

        v1.MapGet(Path + "/{validationId}", (string skillId, string stage, string validationId) =>
                smapi.Run(skillId, (skill, now) => SmapiResults.Json(Answer(skill.Validation(validationId), now))))
            .WithOperation(smapi.Name, "GetSkillValidations");
    }

    private static JsonObject Answer(SimulatedValidation validation, DateTimeOffset now)
    {
        var status = validation.StatusAt(now);
        var answer = new JsonObject { ["id"] = validation.Id, ["status"] = status };
        if (status != UpdateStatuses.InProgress)
        {
            answer["result"] = new JsonObject
            {
                ["validations"] = new JsonArray([.. validation.Checks.Select(c => new JsonObject
                {
                    ["title"] = c.Title,
                    ["description"] = c.Description,
                    ["category"] = "SKILL_CONFIGURATION",
                    ["locale"] = c.Locale,
                    ["importance"] = "REQUIRED",
                    ["status"] = c.Passed ? UpdateStatuses.Successful : UpdateStatuses.Failed,
                })]),
            };
        }

        return answer;
    }
}
