using System.IO.Compression;
using System.Security.Cryptography;
using Build.Packaging;

namespace Build.Tests.Packaging;

public sealed class ReproducibleZipTests
{
    private string _scratch = null!;

    [SetUp]
    public void CreateScratch() => _scratch = Directory.CreateTempSubdirectory("zip-tests-").FullName;

    [TearDown]
    public void DeleteScratch() => Directory.Delete(_scratch, recursive: true);

    [Test]
    public void Create_SameFilesWrittenAtOtherTimesAndInOtherOrder_GivesIdenticalBytes()
    {
        var first = WriteFolder("first", ["b.dll", "a.json", "sub/c.txt"], new DateTime(2021, 5, 1));
        var second = WriteFolder("second", ["sub/c.txt", "a.json", "b.dll"], new DateTime(2026, 11, 25));

        var one = ReproducibleZip.Create(first, Path.Combine(_scratch, "one.zip"));
        var two = ReproducibleZip.Create(second, Path.Combine(_scratch, "two.zip"));

        Assert.That(File.ReadAllBytes(two.Path), Is.EqualTo(File.ReadAllBytes(one.Path)));
        Assert.That(two.CodeSha256, Is.EqualTo(one.CodeSha256));
    }

    [Test]
    public void Create_OverAnEarlierPackage_ReplacesIt()
    {
        var folder = WriteFolder("again", ["a.dll"], DateTime.Now);
        var zip = Path.Combine(_scratch, "again.zip");
        File.WriteAllText(zip, "an older package");

        var package = ReproducibleZip.Create(folder, zip);

        using var archive = ZipFile.OpenRead(package.Path);
        Assert.That(archive.Entries.Select(entry => entry.FullName), Is.EqualTo(new[] { "a.dll" }));
        Assert.That(File.Exists(zip + ".partial"), Is.False);
    }

    [Test]
    public void Create_EntriesAreInOrdinalOrderWithFixedTimeAndReadableMode()
    {
        var folder = WriteFolder("app", ["b.dll", "B.runtimeconfig.json", "a/x.json"], DateTime.Now);

        var package = ReproducibleZip.Create(folder, Path.Combine(_scratch, "app.zip"));

        using var archive = ZipFile.OpenRead(package.Path);
        Assert.That(archive.Entries.Select(entry => entry.FullName), Is.EqualTo(new[] { "B.runtimeconfig.json", "a/x.json", "b.dll" }));
        Assert.That(archive.Entries.Select(entry => entry.LastWriteTime.Year).Distinct(), Is.EqualTo(new[] { 2000 }));
        Assert.That(archive.Entries.Select(entry => UnixMode(entry)).Distinct(), Is.EqualTo(new[] { "644" }));
    }

    [Test]
    public void Create_NamedExecutable_GetsMode755()
    {
        var folder = WriteFolder("custom", ["bootstrap", "data.json"], DateTime.Now);

        var package = ReproducibleZip.Create(folder, Path.Combine(_scratch, "custom.zip"), new HashSet<string> { "bootstrap" });

        using var archive = ZipFile.OpenRead(package.Path);
        Assert.That(UnixMode(archive.GetEntry("bootstrap")!), Is.EqualTo("755"));
        Assert.That(UnixMode(archive.GetEntry("data.json")!), Is.EqualTo("644"));
    }

    [Test]
    public void Create_ReportsSizeAndTheBase64Sha256ThatLambdaCallsCodeSha256()
    {
        var folder = WriteFolder("hash", ["one.txt"], DateTime.Now);

        var package = ReproducibleZip.Create(folder, Path.Combine(_scratch, "hash.zip"));

        var bytes = File.ReadAllBytes(package.Path);
        Assert.That(package.Size, Is.EqualTo(bytes.Length));
        Assert.That(package.CodeSha256, Is.EqualTo(Convert.ToBase64String(SHA256.HashData(bytes))));
    }

    [Test]
    public void Create_MissingOrEmptyFolder_FailsWithAClearMessage()
    {
        var empty = Directory.CreateDirectory(Path.Combine(_scratch, "empty")).FullName;

        Assert.That(() => ReproducibleZip.Create(Path.Combine(_scratch, "absent"), Path.Combine(_scratch, "x.zip")),
            Throws.TypeOf<DirectoryNotFoundException>().With.Message.Contains("does not exist"));
        Assert.That(() => ReproducibleZip.Create(empty, Path.Combine(_scratch, "y.zip")),
            Throws.InvalidOperationException.With.Message.Contains("is empty"));
    }

    private string WriteFolder(string name, string[] files, DateTime timestamp)
    {
        var root = Path.Combine(_scratch, name);
        foreach (var file in files)
        {
            var path = Path.Combine(root, file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, $"content of {file.ToLowerInvariant()}");
            File.SetLastWriteTime(path, timestamp);
        }

        return root;
    }

    private static string UnixMode(ZipArchiveEntry entry) => Convert.ToString((entry.ExternalAttributes >> 16) & 0x1FF, 8);
}
