using BostonInfo.Skill.Logging;

namespace BostonInfo.Skill.Fixtures;

/// <summary>
/// The skill as Lambda builds it (settings from the environment, JSON log lines on stdout), except that every
/// city service is the fixture server: what <c>serve --offline</c> hosts, so each intent works without the internet.
/// </summary>
public static class OfflineFunction
{
    public static Function Create(CityDataFixtureServer cityData, HttpMessageHandler http)
    {
        ArgumentNullException.ThrowIfNull(cityData);
        var settings = SkillSettings.FromEnvironment() with { CityData = cityData.Endpoints };
        return new Function(settings, TimeProvider.System, new JsonLinesSkillLog(Console.Out), http);
    }
}
