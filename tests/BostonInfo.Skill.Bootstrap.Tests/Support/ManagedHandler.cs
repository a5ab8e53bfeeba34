using System.Text;
using BostonInfo.Skill.CityData;
using BostonInfo.Skill.Logging;

namespace BostonInfo.Skill.Bootstrap.Tests.Support;

/// <summary>
/// The managed entry point in process: <see cref="Function.Handle"/> with what the packaged bootstrap gets (the same
/// settings and city services, a real connection pool), for comparing answers byte for byte.
/// </summary>
internal static class ManagedHandler
{
    public static async Task<string> RespondAsync(string json, CityDataEndpoints cityData)
    {
        using var http = new SocketsHttpHandler();
        var function = new Function(new SkillSettings(AlexaSkillId: null) { CityData = cityData }, TimeProvider.System, new JsonLinesSkillLog(TextWriter.Null), http);
        await using var response = await function.Handle(new MemoryStream(Encoding.UTF8.GetBytes(json)));
        using var reader = new StreamReader(response, Encoding.UTF8);
        return await reader.ReadToEndAsync();
    }
}
