namespace SkillRelease.Simulator.Tests.Fixtures;

/// <summary>
/// The real ASK CLI pointed at a fresh simulator, with a scratch home directory that no other test shares: what every
/// ASK CLI test sets up before its first command and removes after its last. SMAPI's updates take 30 ms so that a test
/// which waits for one stays quick.
/// </summary>
internal sealed class AskCliFixture : IAsyncDisposable
{
    private AskCliFixture(SkillSimulator simulator, string home)
    {
        Simulator = simulator;
        Home = home;
        Ask = new AskCli(simulator.ClientEnvironment, home);
    }

    public SkillSimulator Simulator { get; }

    /// <summary>The CLI's HOME; files a command reads (<c>file:…</c> arguments) go here too.</summary>
    public string Home { get; }

    public AskCli Ask { get; }

    public string SkillId => Simulator.Options.SkillId;

    /// <summary>Installs the pinned ask-cli once (a [OneTimeSetUp]).</summary>
    public static Task InstallAsync() => AskCli.Packages.EnsureInstalledAsync();

    public static async Task<AskCliFixture> StartAsync(SimulatorOptions options, CancellationToken cancellationToken)
    {
        var simulator = await SkillSimulator.StartAsync(options with { SmapiUpdateDuration = TimeSpan.FromMilliseconds(30) }, cancellationToken);
        return new AskCliFixture(simulator, Directory.CreateTempSubdirectory("ask-cli-home-").FullName);
    }

    /// <summary>The same CLI with some variables changed for its runs (a revoked refresh token, say).</summary>
    public AskCli With(IReadOnlyDictionary<string, string?> overrides) => new(Simulator.ClientEnvironment, Home) { Overrides = overrides };

    public async ValueTask DisposeAsync()
    {
        await Simulator.DisposeAsync();
        Directory.Delete(Home, recursive: true);
    }
}
