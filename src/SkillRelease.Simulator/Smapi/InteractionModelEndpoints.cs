using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SkillRelease.Simulator.Faults;

namespace SkillRelease.Simulator.Smapi;

/// <summary>GET/HEAD/PUT /v1/skills/{skillId}/stages/{stage}/interactionModel/locales/{locale} (smapi-contract.md §5).</summary>
internal static class InteractionModelEndpoints
{
    private const string Path = "/skills/{skillId}/stages/{stage}/interactionModel/locales/{locale}";

    public static void Map(RouteGroupBuilder v1, SmapiService smapi)
    {
        v1.MapGet(Path, (HttpContext context, string skillId, string stage, string locale) =>
                smapi.Run(skillId, (skill, _) => SmapiResults.Document(context, "interactionModel", Model(skill, stage, locale))))
            .WithOperation(smapi.Name, "GetInteractionModel");

        v1.MapMethods(Path, [HttpMethods.Head], (HttpContext context, string skillId, string stage, string locale) =>
                smapi.Run(skillId, (skill, _) => SmapiResults.Document(context, "interactionModel", Model(skill, stage, locale), head: true)))
            .WithOperation(smapi.Name, "GetInteractionModelMetadata");

        v1.MapPut(Path, async (HttpContext context, string skillId, string stage, string locale) =>
            {
                var body = await SmapiService.ReadBodyAsync(context.Request);
                return smapi.Run(skillId, (skill, now) =>
                {
                    skill.SetModel(stage, locale, body, SmapiResults.IfMatch(context), now);
                    return SmapiResults.Accepted(context, SmapiResults.StatusLocation(skillId, "interactionModel"));
                });
            })
            .WithOperation(smapi.Name, "SetInteractionModel", isWrite: true);
    }

    private static VersionedDocument Model(SimulatedSkill skill, string stage, string locale) =>
        skill.Stage(stage).Models.GetValueOrDefault(locale) ?? throw SmapiError.NotFound($"The {stage} stage has no interaction model for {locale}.");
}
