using System.Text;
using System.Text.Json;
using BostonInfo.Skill.Routing;

namespace BostonInfo.Skill.Tests.Support;

/// <summary>Runs the real Lambda entry point on request JSON and reads back the response JSON.</summary>
internal static class SkillInvocation
{
    public static Function CreateFunction(RecordingSkillLog log, string? skillId = null, TimeProvider? time = null) =>
        new(new SkillSettings(skillId), time ?? new ManualTimeProvider(), log, new NoNetworkHandler());

    public static Function CreateFunction(RecordingSkillLog log, RequestRouter router, string? skillId = null, TimeProvider? time = null) =>
        new(new SkillSettings(skillId), time ?? new ManualTimeProvider(), log, router);

    public static async Task<JsonDocument> InvokeAsync(Function function, string requestJson)
    {
        await using var input = new MemoryStream(Encoding.UTF8.GetBytes(requestJson));
        await using var output = await function.Handle(input);
        return await JsonDocument.ParseAsync(output);
    }

    public static Task<JsonDocument> InvokeAsync(Function function, AlexaRequest request) =>
        InvokeAsync(function, request.ToJson());

    public static Task<JsonDocument> InvokeAsync(AlexaRequest request) =>
        InvokeAsync(CreateFunction(new RecordingSkillLog()), request.ToJson());
}
