using SkillRelease.Release.Planning;

namespace SkillRelease.Tests.Release.Support;

/// <summary>The state promote and code-only rollback start from: a release live on blue (version 1), and the promote of a commit.</summary>
internal static class LiveOnBlue
{
    public static StateBuilder State(string aliasDescription = "release=v1.0.0") => new StateBuilder()
        .WithVersion("1", "CODE-A").WithAlias("blue", "1", aliasDescription).WithLive(StateBuilder.Arn("blue"));

    public static Promote PromoteCode(string sha, Canary? canary = null) => new(StateBuilder.Code(sha), StateBuilder.Package(), canary, StateBuilder.Now);
}
