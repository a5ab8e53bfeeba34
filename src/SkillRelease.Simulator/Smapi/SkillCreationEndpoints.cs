using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SkillRelease.Simulator.Faults;

namespace SkillRelease.Simulator.Smapi;

/// <summary>
/// POST /v1/skills, CreateSkill, as <c>ask smapi create-skill-for-vendor --manifest …</c> sends it (ask-smapi-model
/// 1.24: body <c>{"vendorId", "manifest"}</c>, where ask-cli 2.30.7 takes the whole body from <c>--manifest</c>, i.e.
/// skill.json's envelope, and adds the profile's vendor id; answered 202 with the manifest's status URL in
/// <c>Location</c> and <c>{"skillId"}</c>).
/// </summary>
internal static class SkillCreationEndpoints
{
    public static void Map(RouteGroupBuilder v1, SmapiService smapi) =>
        v1.MapPost("/skills", async (HttpContext context) =>
            {
                var body = await SmapiService.ReadBodyAsync(context.Request);
                var options = smapi.Options;
                if (Text(body?["vendorId"]) != options.VendorId)
                {
                    throw SmapiError.Forbidden("User is not permitted to perform the requested operation: unknown vendorId.");
                }

                smapi.CreateSkill(body?["manifest"] as JsonObject);
                return SmapiResults.Accepted(context, SmapiResults.StatusLocation(options.SkillId, "manifest"), new JsonObject { ["skillId"] = options.SkillId });
            })
            .WithOperation(smapi.Name, "CreateSkill", isWrite: true);

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
