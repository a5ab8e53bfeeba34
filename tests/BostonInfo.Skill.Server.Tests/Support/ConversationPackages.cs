namespace BostonInfo.Skill.Server.Tests.Support;

/// <summary>The npm packages of conversations/ (virtual-alexa).</summary>
internal static class ConversationPackages
{
    private static readonly NpmPackages Packages = new(Path.Combine(RepositoryFiles.Root, "tests", "BostonInfo.Skill.Server.Tests", "conversations"), "virtual-alexa");

    public static string Folder => Packages.Folder;

    public static Task EnsureInstalledAsync() => Packages.EnsureInstalledAsync();
}
