using System.Text.Json.Nodes;

namespace SkillRelease.Smapi;

/// <summary>One SMAPI call as the resource clients describe it; <see cref="SmapiConnection"/> sends it.</summary>
internal sealed record SmapiRequest(HttpMethod Method, string Path, string Operation)
{
    public JsonNode? Body { get; init; }

    public string? IfMatch { get; init; }

    public bool AcceptLanguage { get; init; }

    /// <summary>404 answers null instead of throwing (reads of stages or resources that may not exist).</summary>
    public bool NotFoundIsNull { get; init; }

    /// <summary>Sent once, never retried (certification submit).</summary>
    public bool Once { get; init; }
}

/// <summary>A successful SMAPI answer: the JSON body if any, the ETag and the Location.</summary>
internal sealed record SmapiResponse(JsonNode? Body, string? ETag, Uri? Location);
