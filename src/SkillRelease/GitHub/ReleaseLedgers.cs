using Microsoft.Extensions.Logging;

namespace SkillRelease.GitHub;

public static class ReleaseLedgers
{
    /// <summary>The GitHub ledger when <paramref name="options"/> is given (a token is set); otherwise the disabled
    /// one, after saying so once.</summary>
    public static IReleaseLedger Create(GitHubLedgerOptions? options, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(logger);
        if (options is null)
        {
            logger.LogInformation(DisabledReleaseLedger.Notice);
            return new DisabledReleaseLedger();
        }

        return new GitHubReleaseLedger(options);
    }
}
