using Build.Tests.Host;
using Microsoft.Extensions.Logging.Abstractions;
using SkillRelease.Simulator;
using SkillRelease.Smapi.Model;

namespace Build.Tests.Workflows;

/// <summary>
/// The status task tells the certification workflow whether to keep polling: the step output release-in-flight,
/// which its stop-polling job reads. Run through the real program against a simulator.
/// </summary>
[NonParallelizable]
public sealed class StatusOutputTests
{
    private SkillSimulator _simulator = null!;
    private string _output = null!;

    [SetUp]
    public async Task StartAsync()
    {
        _simulator = await SkillSimulator.StartAsync(new SimulatorOptions(), CancellationToken.None);
        _output = Path.GetTempFileName();
    }

    [TearDown]
    public async Task StopAsync()
    {
        await _simulator.DisposeAsync();
        File.Delete(_output);
    }

    [Test]
    public async Task Status_NothingInFlight_TellsTheWorkflowSo()
    {
        var (exitCode, output) = await StatusAsync();

        Assert.That(exitCode, Is.Zero, output);
        Assert.That(await File.ReadAllTextAsync(_output), Is.EqualTo("release-in-flight=false\n"));
    }

    [Test]
    public async Task Status_SkillInCertification_TellsTheWorkflowToKeepPolling()
    {
        var services = SimulatedRelease.Services(_simulator, NullLogger.Instance, TimeProvider.System, withLedger: false);
        // A fresh account: SMAPI refuses to submit a skill whose endpoint Alexa may not invoke, so grant it as the console would.
        await services.Lambda.AddPermissionAsync(
            new() { FunctionName = _simulator.Options.FunctionName, StatementId = "alexa", Action = "lambda:InvokeFunction", Principal = "alexa-appkit.amazon.com", EventSourceToken = _simulator.Options.SkillId },
            CancellationToken.None);
        await services.Smapi.Certifications.SubmitAsync(_simulator.Options.SkillId, new SubmitSkillForCertificationRequest { VersionMessage = "v1.0.0" }, CancellationToken.None);

        var (exitCode, output) = await StatusAsync();

        Assert.That(exitCode, Is.Zero, output);
        Assert.That(await File.ReadAllTextAsync(_output), Is.EqualTo("release-in-flight=true\n"));
    }

    private Task<(int ExitCode, string Output)> StatusAsync()
    {
        var environment = BuildProgram.ReleaseEnvironment(_simulator.ClientEnvironment);
        environment["GITHUB_OUTPUT"] = _output;
        return BuildProgram.RunAsync(["--target", "status"], environment, TimeSpan.FromMinutes(1));
    }
}
