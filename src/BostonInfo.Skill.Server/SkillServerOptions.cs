namespace BostonInfo.Skill.Server;

/// <summary>How to start a <see cref="SkillServer"/>.</summary>
public sealed class SkillServerOptions
{
    /// <summary>The loopback port to listen on; 0 picks a free one (read it back from <see cref="SkillServer.Address"/>).</summary>
    public int Port { get; init; } = 8080;

    /// <summary>
    /// The function to serve. Null builds it as Lambda would (settings from the environment, JSON log lines on
    /// stdout); tests pass one built with fakes.
    /// </summary>
    public Function? Function { get; init; }
}
