using System.Text.Json.Serialization;
using BostonInfo.Skill.Logging;
using BostonInfo.Skill.Protocol.Requests;
using BostonInfo.Skill.Protocol.Responses;

namespace BostonInfo.Skill.Protocol;

/// <summary>
/// Source-generated JSON metadata for everything the skill reads and writes. The only way the skill touches
/// JSON, so it stays Native-AOT-ready: no reflection-based serialisation anywhere.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SkillRequest))]
[JsonSerializable(typeof(LaunchRequest))]
[JsonSerializable(typeof(IntentRequest))]
[JsonSerializable(typeof(SessionEndedRequest))]
[JsonSerializable(typeof(UnknownRequest))]
[JsonSerializable(typeof(SkillResponse))]
[JsonSerializable(typeof(LogEntry))]
public sealed partial class SkillJsonContext : JsonSerializerContext
{
}
