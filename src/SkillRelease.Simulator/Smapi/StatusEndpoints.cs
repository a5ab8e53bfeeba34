using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SkillRelease.Simulator.Faults;
using SkillRelease.Smapi.Model;

namespace SkillRelease.Simulator.Smapi;

/// <summary>GET /v1/skills/{skillId}/status[?resource=…] (repeatable), describing the development stage (smapi-contract.md §4.3).</summary>
internal static class StatusEndpoints
{
    public static void Map(RouteGroupBuilder v1, SmapiService smapi)
    {
        v1.MapGet("/skills/{skillId}/status", (HttpContext context, string skillId) =>
            {
                var wanted = context.Request.Query["resource"].OfType<string>().Where(r => r.Length > 0).ToHashSet(StringComparer.Ordinal);
                return smapi.Run(skillId, (skill, now) => SmapiResults.Json(Status(skill, now, wanted)));
            })
            .WithOperation(smapi.Name, "GetSkillStatus");
    }

    private static JsonObject Status(SimulatedSkill skill, DateTimeOffset now, HashSet<string> wanted)
    {
        var status = new JsonObject();
        if (wanted.Count == 0 || wanted.Contains("manifest"))
        {
            var manifest = new JsonObject { ["eTag"] = skill.Development.Manifest.ETag };
            if (skill.ManifestUpdate is { } update)
            {
                manifest["lastUpdateRequest"] = LastUpdateRequest(update, now);
            }

            status["manifest"] = manifest;
        }

        if (wanted.Count == 0 || wanted.Contains("interactionModel"))
        {
            var models = new JsonObject();
            // A locale whose first build failed has a status but no model yet.
            foreach (var locale in skill.Development.Models.Keys.Union(skill.ModelUpdates.Keys))
            {
                var entry = new JsonObject { ["eTag"] = skill.Development.Models.GetValueOrDefault(locale)?.ETag };
                if (skill.ModelUpdates.GetValueOrDefault(locale) is { } update)
                {
                    var request = LastUpdateRequest(update, now);
                    request["buildDetails"] = new JsonObject
                    {
                        ["steps"] = new JsonArray(new JsonObject { ["name"] = "LANGUAGE_MODEL_FULL_BUILD", ["status"] = update.StatusAt(now) }),
                    };
                    entry["lastUpdateRequest"] = request;
                    entry["version"] = update.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                models[locale] = entry;
            }

            status["interactionModel"] = models;
        }

        return status;
    }

    private static JsonObject LastUpdateRequest(ResourceUpdate update, DateTimeOffset now)
    {
        var state = update.StatusAt(now);
        var errors = state == UpdateStatuses.Failed ? update.Errors : [];
        return new JsonObject
        {
            ["status"] = state,
            ["errors"] = new JsonArray([.. errors.Select(e => new JsonObject { ["code"] = e.Code, ["message"] = e.Message })]),
            ["warnings"] = new JsonArray(),
        };
    }
}
