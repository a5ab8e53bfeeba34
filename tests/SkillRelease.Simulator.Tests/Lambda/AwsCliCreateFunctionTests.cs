using System.IO.Compression;

namespace SkillRelease.Simulator.Tests.Lambda;

/// <summary>
/// The AWS CLI creates the function in a simulator that started empty, with the command docs/setup.md gives:
/// nothing before, Pending then Active after, and a second creation refused as Lambda refuses it.
/// </summary>
public sealed class AwsCliCreateFunctionTests
{
    private SkillSimulator _simulator = null!;
    private string _zip = null!;

    [SetUp]
    public async Task StartAsync()
    {
        AwsCli.RequireInstalled();
        _simulator = await SkillSimulator.StartAsync(new SimulatorOptions { Empty = true }, CancellationToken.None);
        // The AWS CLI checks that --zip-file is a zip before sending it.
        _zip = Path.Combine(Path.GetTempPath(), $"create-function-{Guid.NewGuid():N}.zip");
        using (var archive = ZipFile.Open(_zip, ZipArchiveMode.Create))
        {
            await using var entry = await archive.CreateEntry("bootstrap").OpenAsync();
            await entry.WriteAsync("a package"u8.ToArray());
        }
    }

    [TearDown]
    public async Task StopAsync()
    {
        await _simulator.DisposeAsync();
        File.Delete(_zip);
    }

    [Test]
    public async Task CreateFunction_InAnEmptySimulator_CreatesItPendingThenActive()
    {
        // Given
        var aws = new AwsCli(_simulator.ClientEnvironment);
        var name = _simulator.Options.FunctionName;
        var before = await aws.LambdaAsync("get-function", "--function-name", name);

        // When
        var created = await aws.LambdaAsync(Create(name));
        var waited = await aws.LambdaAsync("wait", "function-active-v2", "--function-name", name);
        var after = await aws.LambdaAsync("get-function-configuration", "--function-name", name);

        // Then
        Assert.That(before.ExitCode, Is.Not.Zero);
        Assert.That(before.Errors, Does.Contain("ResourceNotFoundException"));
        Assert.That(created.ExitCode, Is.Zero, created.Errors);
        Assert.That(created.Output!["State"]!.GetValue<string>(), Is.EqualTo("Pending"));
        Assert.That(waited.ExitCode, Is.Zero, waited.Errors);
        Assert.That(after.Output!["State"]!.GetValue<string>(), Is.EqualTo("Active"));
        Assert.That((after.Output["Runtime"]!.GetValue<string>(), after.Output["MemorySize"]!.GetValue<int>(), after.Output["Timeout"]!.GetValue<int>()), Is.EqualTo(("dotnet10", 128, 3)));
    }

    [Test]
    public async Task CreateFunction_WhenItExists_IsAResourceConflict()
    {
        // Given
        var aws = new AwsCli(_simulator.ClientEnvironment);
        var name = _simulator.Options.FunctionName;
        Assert.That((await aws.LambdaAsync(Create(name))).ExitCode, Is.Zero);

        // When
        var again = await aws.LambdaAsync(Create(name));

        // Then
        Assert.That(again.ExitCode, Is.Not.Zero);
        Assert.That(again.Errors, Does.Contain("ResourceConflictException").And.Contain($"Function already exist: {name}"));
    }

    [Test]
    public async Task CreateFunction_WithARoleThatIsNotAnArn_IsRefusedInLambdasWords()
    {
        var aws = new AwsCli(_simulator.ClientEnvironment);

        var created = await aws.LambdaAsync([.. Create(_simulator.Options.FunctionName)[..^2], "--role", "boston-info-execution"]);

        Assert.That(created.ExitCode, Is.Not.Zero);
        Assert.That(created.Errors, Does.Contain("ValidationException").And.Contain("at 'role' failed to satisfy constraint"));
    }

    private string[] Create(string name) =>
    [
        "create-function", "--function-name", name, "--runtime", "dotnet10", "--handler", "BostonInfo.Skill::BostonInfo.Skill.Function::Handle",
        "--architectures", "x86_64", "--zip-file", "fileb://" + _zip, "--role", $"arn:aws:iam::{_simulator.Options.AccountId}:role/{name}-execution",
    ];
}
