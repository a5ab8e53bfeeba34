using SkillRelease.Http;
using SkillRelease.Lwa;
using SkillRelease.Simulator;
using SkillRelease.Smapi;

namespace SkillRelease.Tests.Support;

/// <summary>
/// A simulator on a free loopback port with fast asynchronous work, and the real LWA and SMAPI clients pointed at it
/// with tiny retry delays and a logger that captures everything at Trace.
/// </summary>
internal sealed class SmapiHarness : IAsyncDisposable
{
    public static readonly TimeSpan UpdateDuration = TimeSpan.FromMilliseconds(40);

    /// <summary>Fast retries; an attempt gets the time a busy test machine may need.</summary>
    public static readonly RetryPolicy FastRetries = new() { MaxAttempts = 4, BaseDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(20), AttemptTimeout = TimeSpan.FromSeconds(10) };

    /// <summary>
    /// For tests on a <see cref="Microsoft.Extensions.Time.Testing.FakeTimeProvider"/> (<see cref="FastOptions"/>): no
    /// wait between attempts, since a wait on that clock lasts until the test moves it, and an attempt times out only
    /// when the test moves the clock past its timeout (<see cref="HeldCall"/>), never because the machine is busy.
    /// </summary>
    public static readonly RetryPolicy ClockedRetries = FastRetries with { Jitter = () => 0 };

    private SmapiHarness(SkillSimulator simulator, LwaTokenProvider tokens, SmapiClient smapi, CapturingLogger log, SecretRedactor redactor)
    {
        Simulator = simulator;
        Tokens = tokens;
        Smapi = smapi;
        Log = log;
        Redactor = redactor;
    }

    public SkillSimulator Simulator { get; }

    public LwaTokenProvider Tokens { get; }

    public SmapiClient Smapi { get; }

    public CapturingLogger Log { get; }

    public SecretRedactor Redactor { get; }

    public string SkillId => Simulator.Options.SkillId;

    public static SimulatorOptions FastOptions(TimeProvider? time = null) => new()
    {
        SmapiUpdateDuration = UpdateDuration,
        TimeoutFaultDuration = TimeSpan.FromSeconds(20),
        Time = time ?? TimeProvider.System,
    };

    public static async Task<SmapiHarness> StartAsync(SimulatorOptions? options = null, Func<LwaOptions, LwaOptions>? lwa = null, RetryPolicy? retries = null,
        Func<SmapiClientOptions, SmapiClientOptions>? smapi = null)
    {
        retries ??= FastRetries;
        options ??= FastOptions();
        var simulator = await SkillSimulator.StartAsync(options, CancellationToken.None);
        // The SMAPI client's tests start from a set-up account: SMAPI refuses the seeded endpoint without the trigger.
        simulator.Lambda.AddAlexaTrigger(options.SkillId);
        var log = new CapturingLogger();
        var redactor = new SecretRedactor();
        var lwaOptions = new LwaOptions
        {
            TokenHost = simulator.Address,
            ClientId = options.LwaClientId,
            ClientSecret = options.LwaClientSecret,
            RefreshToken = options.RefreshToken,
            RetryPolicy = retries,
            Logger = log,
            Redactor = redactor,
            Time = options.Time,
        };
        var tokens = new LwaTokenProvider(lwa?.Invoke(lwaOptions) ?? lwaOptions);
        var smapiOptions = new SmapiClientOptions
        {
            BaseAddress = simulator.Address,
            Tokens = tokens,
            RetryPolicy = retries,
            PollInterval = TimeSpan.FromMilliseconds(10),
            MaxPollInterval = TimeSpan.FromMilliseconds(50),
            PollTimeout = TimeSpan.FromSeconds(10),
            Logger = log,
            Redactor = redactor,
            Time = options.Time,
        };
        var client = new SmapiClient(smapi?.Invoke(smapiOptions) ?? smapiOptions);
        return new SmapiHarness(simulator, tokens, client, log, redactor);
    }

    public async ValueTask DisposeAsync()
    {
        Smapi.Dispose();
        Tokens.Dispose();
        await Simulator.DisposeAsync();
    }
}
