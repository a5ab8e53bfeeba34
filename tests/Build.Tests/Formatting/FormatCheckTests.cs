using Build.Formatting;

namespace Build.Tests.Formatting;

/// <summary>The layout check that test runs, over a scratch folder holding the repository's .editorconfig.</summary>
public sealed class FormatCheckTests
{
    private const string WellFormatted = "namespace Scratch;\n\npublic sealed class Tidy\n{\n    public int Answer => 42;\n}\n";

    private string _scratch = null!;

    [SetUp]
    public void CreateScratch()
    {
        _scratch = Directory.CreateTempSubdirectory("format-check-tests-").FullName;
        File.Copy(RepositoryFiles.PathOf(".editorconfig"), Path.Combine(_scratch, ".editorconfig"));
        File.WriteAllText(Path.Combine(_scratch, "Tidy.cs"), WellFormatted);
    }

    [TearDown]
    public void DeleteScratch() => Directory.Delete(_scratch, recursive: true);

    [Test]
    public void Verify_FilesLaidOutAsEditorConfigSays_Passes()
    {
        // Given only a file laid out as .editorconfig says
        // When the check runs
        // Then it finds nothing to change
        Assert.That(FormatCheck.UnformattedFiles(_scratch), Is.Empty);
    }

    [Test]
    public void Verify_FileIndentedWithTwoSpacesAndBraceOnItsLine_FailsNamingTheFileAndTheFix()
    {
        // Given a file indented with two spaces and an opening brace at the end of a line
        Directory.CreateDirectory(Path.Combine(_scratch, "Sub"));
        File.WriteAllText(Path.Combine(_scratch, "Sub", "Messy.cs"), "namespace Scratch;\n\npublic sealed class Messy {\n  public int Answer => 42;\n}\n");

        // When the check runs
        var failure = Assert.Throws<InvalidOperationException>(() => FormatCheck.Verify(_scratch));

        // Then it names that file alone, and the command that fixes it
        Assert.That(failure?.Message, Does.StartWith("1 file(s) are not formatted as .editorconfig asks: Sub/Messy.cs.")
            .And.Contain("dotnet format whitespace --folder"));
    }
}
