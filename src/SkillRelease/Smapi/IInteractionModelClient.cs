using System.Text.Json.Nodes;
using SkillRelease.Smapi.Model;

namespace SkillRelease.Smapi;

/// <summary>/v1/skills/{skillId}/stages/{stage}/interactionModel/locales/{locale}</summary>
public interface IInteractionModelClient
{
    /// <summary>GET the envelope <c>{"interactionModel":{…}}</c> and its ETag; null on 404.
    /// https://developer.amazon.com/en-US/docs/alexa/smapi/interaction-model-operations.html</summary>
    Task<StageDocument?> GetAsync(string skillId, string stage, string locale, CancellationToken cancellationToken);

    /// <summary>PUT the envelope to the development stage (202; the build is polled through <see cref="ISkillStatusClient"/>).</summary>
    Task SetAsync(string skillId, string locale, JsonObject envelope, string? ifMatch, CancellationToken cancellationToken);
}
