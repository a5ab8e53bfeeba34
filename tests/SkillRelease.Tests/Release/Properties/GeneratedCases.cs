namespace SkillRelease.Tests.Release.Properties;

/// <summary>Writes how many generated cases a property ran beside the test results (artifacts/test-results), for
/// .ci/run to report; one file per property, so parallel runs never share one.</summary>
internal static class GeneratedCases
{
    public static void Record(string property, int cases)
    {
        var directory = Path.Combine(RepositoryFiles.PathOf("artifacts"), "test-results");
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, $"generated-cases.{property}.txt"), cases.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
