using System.Text.Json.Nodes;
using SkillRelease.Smapi.Model;

namespace SkillRelease.Smapi;

/// <summary>/v1/skills/{skillId}/stages/{stage}/manifest</summary>
public interface ISkillManifestClient
{
    /// <summary>GET the manifest envelope <c>{"manifest":{…}}</c> and its ETag; null when the stage has none (404).
    /// https://developer.amazon.com/en-US/docs/alexa/smapi/skill-operations.html#get-skill-manifest</summary>
    Task<StageDocument?> GetAsync(string skillId, string stage, CancellationToken cancellationToken);

    /// <summary>PUT the whole envelope to the development stage (202; poll <see cref="ISkillStatusClient"/>). With
    /// <paramref name="ifMatch"/>, a changed ETag fails with 412.
    /// https://developer.amazon.com/en-US/docs/alexa/smapi/skill-operations.html#update-skill-manifest</summary>
    Task UpdateAsync(string skillId, JsonObject envelope, string? ifMatch, CancellationToken cancellationToken);
}
