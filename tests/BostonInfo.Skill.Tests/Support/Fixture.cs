namespace BostonInfo.Skill.Tests.Support;

/// <summary>The JSON fixture files copied beside the test assembly.</summary>
internal static class Fixture
{
    public static string Read(string fileName) =>
        File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", fileName));
}
