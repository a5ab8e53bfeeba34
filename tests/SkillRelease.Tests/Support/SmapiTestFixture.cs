using SkillRelease.Smapi;

namespace SkillRelease.Tests.Support;

/// <summary>Each test gets its own simulator and clients (<see cref="SmapiHarness"/>), stopped after it.</summary>
public abstract class SmapiTestFixture
{
    private SmapiHarness? _harness;

    internal SmapiHarness Harness => _harness ?? throw new InvalidOperationException("The harness starts in SetUp.");

    protected ISmapiClient Smapi => Harness.Smapi;

    protected string SkillId => Harness.SkillId;

    [SetUp]
    public async Task StartHarnessAsync() => _harness = await SmapiHarness.StartAsync();

    [TearDown]
    public async Task StopHarnessAsync() => await Harness.DisposeAsync();

    /// <summary>Replaces the harness, for a test that needs other settings.</summary>
    internal async Task RestartAsync(SmapiHarness replacement)
    {
        await Harness.DisposeAsync();
        _harness = replacement;
    }
}
