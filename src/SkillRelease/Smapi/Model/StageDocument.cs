using System.Text.Json.Nodes;

namespace SkillRelease.Smapi.Model;

/// <summary>A manifest or interaction-model envelope as SMAPI returned it, with the ETag to send back as If-Match.</summary>
public sealed record StageDocument(JsonObject Envelope, string? ETag);
