using Amazon.Runtime;
using Microsoft.Extensions.Logging;
using SkillRelease.Http;
using SkillRelease.Release;
using SkillRelease.Release.Configuration;

namespace SkillRelease.Simulator;

/// <summary>
/// The release engine's clients wired to a simulator, from its own settings and key pair only, never from this
/// process's environment: what the rehearsal, the benchmark and the engine tests use, so none of them can reach
/// real AWS or Amazon.
/// </summary>
public static class SimulatedRelease
{
    /// <param name="withLedger">False leaves the GitHub ledger out (as a script of CLI calls keeps none).</param>
    /// <param name="settings">Other settings than the simulator's own (a wrong skill id, say); its key pair is used all the same.</param>
    public static ReleaseServices Services(
        SkillSimulator simulator,
        ILogger logger,
        TimeProvider time,
        ReleaseTuning? tuning = null,
        Func<HttpMessageHandler>? transport = null,
        bool withLedger = true,
        ReleaseSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(simulator);
        settings ??= Settings(simulator, withLedger);
        var credentials = new BasicAWSCredentials(simulator.Options.AccessKeyId, simulator.Options.SecretAccessKey.Reveal());
        return ReleaseServicesFactory.Create(settings, logger, new SecretRedactor(settings.Secrets), time, credentials, tuning ?? ReleaseTuning.Simulator, transport);
    }

    public static ReleaseSettings Settings(SkillSimulator simulator, bool withLedger = true) =>
        ReleaseSettings.FromEnvironment(Environment(simulator, withLedger));

    /// <summary>The simulator's client variables, without GitHub's when there is to be no ledger.</summary>
    public static Dictionary<string, string?> Environment(SkillSimulator simulator, bool withLedger)
    {
        ArgumentNullException.ThrowIfNull(simulator);
        return simulator.ClientEnvironment
            .Where(pair => withLedger || !pair.Key.StartsWith("GITHUB_", StringComparison.Ordinal))
            .ToDictionary(pair => pair.Key, pair => (string?)pair.Value, StringComparer.Ordinal);
    }
}
