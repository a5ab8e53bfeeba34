using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SkillRelease.Simulator.Faults;
using SkillRelease.Smapi;
using SkillRelease.Smapi.Model;

namespace SkillRelease.Simulator.Smapi;

/// <summary>GET /v1/skills?vendorId&amp;skillId (one summary per stage) and GET /v1/vendors (smapi-contract.md §7.5, §8).</summary>
internal static class SkillListEndpoints
{
    public static void Map(RouteGroupBuilder v1, SmapiService smapi)
    {
        v1.MapGet("/skills", (HttpContext context) =>
            {
                var options = smapi.Options;
                if (context.Request.Query["vendorId"] != options.VendorId)
                {
                    throw SmapiError.Forbidden("User is not permitted to perform the requested operation: unknown vendorId.");
                }

                var ids = context.Request.Query["skillId"];
                var listed = ids.Count == 0 || ids.Contains(options.SkillId);
                return listed && smapi.SkillExists
                    ? smapi.Run(options.SkillId, (skill, _) => Page(options.VendorId, Summaries(skill)))
                    : Page(options.VendorId, []);
            })
            .WithOperation(smapi.Name, "ListSkillsForVendor");

        v1.MapGet("/vendors", () => SmapiResults.Json(new JsonObject
        {
            ["vendors"] = new JsonArray(new JsonObject
            {
                ["name"] = "City of Boston (simulated)",
                ["id"] = smapi.Options.VendorId,
                ["roles"] = new JsonArray("ROLE_ADMINISTRATOR"),
            }),
        }))
            .WithOperation(smapi.Name, "GetVendorList");
    }

    private static IResult Page(string vendorId, IEnumerable<JsonObject> summaries) => SmapiResults.Json(new JsonObject
    {
        ["_links"] = new JsonObject { ["self"] = new JsonObject { ["href"] = "/v1/skills?vendorId=" + vendorId } },
        ["isTruncated"] = false,
        ["skills"] = new JsonArray([.. summaries]),
    });

    private static IEnumerable<JsonObject> Summaries(SimulatedSkill skill)
    {
        yield return Summary(skill, Stages.Development, skill.Development, skill.InCertification is null ? PublicationStatuses.Development : PublicationStatuses.Certification);
        if (skill.Certified is { } certified)
        {
            yield return Summary(skill, Stages.Certified, certified, PublicationStatuses.Certified);
        }

        if (skill.Live is { } live)
        {
            yield return Summary(skill, Stages.Live, live, PublicationStatuses.Published);
        }
    }

    private static JsonObject Summary(SimulatedSkill skill, string stage, StageContent content, string publicationStatus)
    {
        var names = new JsonObject();
        foreach (var (locale, value) in content.Manifest.Document["publishingInformation"]?["locales"] as JsonObject ?? [])
        {
            names[locale] = value?["name"]?.DeepClone();
        }

        return new JsonObject
        {
            ["skillId"] = skill.Id,
            ["stage"] = stage,
            ["apis"] = new JsonArray("custom"),
            ["publicationStatus"] = publicationStatus,
            ["lastUpdated"] = SmapiResults.Timestamp(content.LastUpdated),
            ["nameByLocale"] = names,
        };
    }
}
