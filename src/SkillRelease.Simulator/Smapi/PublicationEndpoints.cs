using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SkillRelease.Simulator.Faults;
using SkillRelease.Smapi;

namespace SkillRelease.Simulator.Smapi;

/// <summary>POST /v1/skills/{skillId}/publications and GET …/~latest, both requiring Accept-Language (smapi-contract.md §7.4).</summary>
internal static class PublicationEndpoints
{
    public static void Map(RouteGroupBuilder v1, SmapiService smapi)
    {
        v1.MapPost("/skills/{skillId}/publications", async (HttpContext context, string skillId) =>
            {
                RequireLanguage(context);
                _ = await SmapiService.ReadBodyAsync(context.Request);
                return smapi.Run(skillId, (skill, now) => SmapiResults.Json(Answer(skill.Publish(now)), StatusCodes.Status202Accepted));
            })
            .WithOperation(smapi.Name, "PublishSkill", isWrite: true);

        v1.MapGet("/skills/{skillId}/publications/{publication}", (HttpContext context, string skillId, string publication) =>
            {
                RequireLanguage(context);
                return smapi.Run(skillId, (skill, _) => publication == SmapiWire.Latest && skill.Publication is { } latest
                    ? SmapiResults.Json(Answer(latest))
                    : throw SmapiError.NotFound($"No publication {publication}."));
            })
            .WithOperation(smapi.Name, "GetSkillPublications");
    }

    private static void RequireLanguage(HttpContext context)
    {
        if (string.IsNullOrWhiteSpace(context.Request.Headers.AcceptLanguage))
        {
            throw SmapiError.BadRequest("The Accept-Language header is required.", [new Violation("MISSING_REQUIRED_PROPERTY", "Accept-Language - is required (en-US or ja-JP).")]);
        }
    }

    private static JsonObject Answer(SimulatedPublication publication) => new()
    {
        ["publishesAtDate"] = SmapiResults.Timestamp(publication.PublishesAt),
        ["status"] = publication.Status,
    };
}
