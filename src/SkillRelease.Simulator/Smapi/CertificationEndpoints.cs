using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SkillRelease.Simulator.Faults;
using SkillRelease.Smapi.Model;

namespace SkillRelease.Simulator.Smapi;

/// <summary>POST /submit and /withdraw, GET /certifications and /certifications/{id|mostRecent} (smapi-contract.md §7).</summary>
internal static class CertificationEndpoints
{
    public static void Map(RouteGroupBuilder v1, SmapiService smapi)
    {
        v1.MapPost("/skills/{skillId}/submit", async (HttpContext context, string skillId) =>
            {
                var body = await SmapiService.ReadBodyAsync(context.Request);
                return smapi.Run(skillId, (skill, now) =>
                {
                    var certification = skill.Submit(SkillRules.Text(body?["publicationMethod"]), SkillRules.Text(body?["versionMessage"]), now);
                    return SmapiResults.Accepted(context, $"/v1/skills/{Uri.EscapeDataString(skillId)}/certifications/{certification.Id}");
                });
            })
            .WithOperation(smapi.Name, "SubmitSkillForCertification", isWrite: true);

        v1.MapPost("/skills/{skillId}/withdraw", async (HttpContext context, string skillId) =>
            {
                _ = await SmapiService.ReadBodyAsync(context.Request);
                return smapi.Run(skillId, (skill, now) =>
                {
                    skill.Withdraw(now);
                    return Results.NoContent();
                });
            })
            .WithOperation(smapi.Name, "WithdrawSkillFromCertification", isWrite: true);

        v1.MapGet("/skills/{skillId}/certifications", (HttpContext context, string skillId) =>
                smapi.Run(skillId, (skill, _) => SmapiResults.Json(List(skill, skillId, context.Request.Query))))
            .WithOperation(smapi.Name, "GetCertificationsList");

        v1.MapGet("/skills/{skillId}/certifications/{certificationId}", (string skillId, string certificationId) =>
                smapi.Run(skillId, (skill, _) => SmapiResults.Json(Review(skill.Certification(certificationId)))))
            .WithOperation(smapi.Name, "GetCertificationReview");
    }

    private static JsonObject List(SimulatedSkill skill, string skillId, IQueryCollection query)
    {
        var newestFirst = skill.Certifications.OrderByDescending(c => c.SubmittedAt).ThenByDescending(c => c.Sequence).ToList();
        var list = SmapiListPage<SimulatedCertification>.From(newestFirst, query).Answer($"/v1/skills/{skillId}/certifications", "items", Summary);
        list["totalCount"] = newestFirst.Count;
        return list;
    }

    private static JsonObject Summary(SimulatedCertification certification)
    {
        var tracking = new JsonObject
        {
            ["estimatedCompletionTimestamp"] = SmapiResults.Timestamp(certification.SubmittedAt.AddDays(3)),
            ["lastUpdated"] = SmapiResults.Timestamp(certification.CompletedAt ?? certification.SubmittedAt),
        };
        if (certification.CompletedAt is { } completed)
        {
            tracking["actualCompletionTimestamp"] = SmapiResults.Timestamp(completed);
        }

        return new JsonObject
        {
            ["id"] = certification.Id,
            ["status"] = certification.Status,
            ["skillSubmissionTimestamp"] = SmapiResults.Timestamp(certification.SubmittedAt),
            ["reviewTrackingInfo"] = tracking,
        };
    }

    private static JsonObject Review(SimulatedCertification certification)
    {
        var review = Summary(certification);
        if (certification.InProgress)
        {
            return review;
        }

        var result = new JsonObject
        {
            ["distributionInfo"] = new JsonObject
            {
                ["publishedCountries"] = certification.Status == UpdateStatuses.Succeeded ? new JsonArray("US") : new JsonArray(),
                ["publicationFailures"] = new JsonArray(),
            },
        };
        if (certification.ReviewFeedback is { } feedback)
        {
            result["reviewFeedback"] = feedback;
        }

        review["result"] = result;
        return review;
    }
}
