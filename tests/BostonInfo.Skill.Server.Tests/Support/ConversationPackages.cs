namespace BostonInfo.Skill.Server.Tests.Support;

/// <summary>The conversations folder's npm packages (virtual-alexa), installed by the tests that need them.</summary>
internal static class ConversationPackages
{
    public static readonly NpmPackages Packages =
        new(Path.Combine(RepositoryFiles.Root, "tests", "BostonInfo.Skill.Server.Tests", "conversations"), "virtual-alexa");
}
