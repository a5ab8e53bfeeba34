using BostonInfo.Skill.Bootstrap.Tests.Support;
using BostonInfo.Skill.CityData;
using BostonInfo.Skill.Tests.Support;
using SkillRelease.Simulator.RuntimeApi;

namespace BostonInfo.Skill.Bootstrap.Tests;

/// <summary>How the Native AOT bootstrap starts, and what it needs from the machine it runs on.</summary>
public sealed class AotBootstrapStartupTests
{
    private PublishedBootstrap _published = null!;

    [OneTimeSetUp]
    public async Task PublishAsync() => _published = await PublishedBootstrap.GetAsync();

    [Test]
    public void Publish_ReportsNoTrimmingOrAotWarnings()
    {
        var warnings = _published.PublishOutput.Split('\n').Where(line => System.Text.RegularExpressions.Regex.IsMatch(line, @"\bIL[23]\d{3}\b")).ToList();

        Assert.That(warnings, Is.Empty);
        Assert.That(_published.ExitCode, Is.Zero, _published.PublishOutput);
        Assert.That(_published.PublishOutput, Does.Contain("Generating native code"), "the AOT compiler must have run for its silence to mean anything");
    }

    [Test]
    public async Task Bootstrap_NeedsNoGlibcNewerThanAmazonLinux2023s()
    {
        var versions = await GlibcVersions.RequiredByAsync(_published.Executable);

        Assert.That(versions, Is.Not.Empty, "objdump found no versioned glibc symbols at all");
        Assert.That(versions.Max(), Is.LessThanOrEqualTo(new Version(2, 34)), "provided.al2023 has glibc 2.34");
    }

    [Test]
    public async Task Bootstrap_WhoseFunctionCannotBeBuilt_ReportsAnInitErrorThatTheFirstInvokeGetsAndExits()
    {
        var launch = BootstrapLaunch.CustomRuntime(_published.TaskRoot) with
        {
            Variables = new Dictionary<string, string> { [CityDataEndpoints.GeocoderVariable] = "ftp://geocoder.example.test/" },
        };
        await using var bootstrap = await RunningBootstrap.StartAsync(launch);

        var result = await bootstrap.InvokeAsync(AlexaRequest.Launch().ToJson());
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var exitCode = await bootstrap.Process.WaitForExitAsync(deadline.Token);

        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.HandedOutTimestamp, Is.Null, "the event is never handed to a runtime that failed to start");
        Assert.That(result.Error?.FunctionErrorType, Is.EqualTo("Runtime.ArgumentException"));
        Assert.That(result.Error?.ErrorMessage, Does.Contain(CityDataEndpoints.GeocoderVariable));
        Assert.That(await bootstrap.RuntimeApi.InitError, Is.EqualTo(result.Error));
        Assert.That(exitCode, Is.EqualTo(1));
    }

    [Test]
    public async Task Bootstrap_WithoutARuntimeApi_ExitsWithAMessageInsteadOfWaiting()
    {
        var launch = BootstrapLaunch.CustomRuntime(_published.TaskRoot) with
        {
            Variables = new Dictionary<string, string> { ["AWS_LAMBDA_RUNTIME_API"] = string.Empty },
        };
        await using var bootstrap = await RunningBootstrap.StartAsync(launch);

        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var exitCode = await bootstrap.Process.WaitForExitAsync(deadline.Token);

        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(bootstrap.Process.Output, Does.Contain("AWS_LAMBDA_RUNTIME_API is not set"));
    }
}
