using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SkillRelease.Simulator.Faults;

namespace SkillRelease.Simulator.Smapi;

/// <summary>GET/PUT /v1/skills/{skillId}/stages/{stage}/manifest (smapi-contract.md §4.1–4.2).</summary>
internal static class ManifestEndpoints
{
    private const string Path = "/skills/{skillId}/stages/{stage}/manifest";

    public static void Map(RouteGroupBuilder v1, SmapiService smapi)
    {
        v1.MapGet(Path, (HttpContext context, string skillId, string stage) =>
                smapi.Run(skillId, (skill, _) => SmapiResults.Document(context, "manifest", skill.Stage(stage).Manifest)))
            .WithOperation(smapi.Name, "GetSkillManifest");

        v1.MapPut(Path, async (HttpContext context, string skillId, string stage) =>
            {
                var body = await SmapiService.ReadBodyAsync(context.Request);
                return smapi.Run(skillId, (skill, now) =>
                {
                    skill.UpdateManifest(stage, body, SmapiResults.IfMatch(context), now);
                    return SmapiResults.Accepted(context, SmapiResults.StatusLocation(skillId, "manifest"));
                });
            })
            .WithOperation(smapi.Name, "UpdateSkillManifest", isWrite: true);
    }
}
