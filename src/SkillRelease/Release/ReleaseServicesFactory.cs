using Amazon.Runtime;
using Microsoft.Extensions.Logging;
using SkillRelease.CloudWatch;
using SkillRelease.GitHub;
using SkillRelease.Http;
using SkillRelease.Lambda;
using SkillRelease.Lwa;
using SkillRelease.Release.Configuration;
using SkillRelease.Smapi;

namespace SkillRelease.Release;

/// <summary>Builds the clients a release needs from its settings, all sharing one redactor and one clock.</summary>
public static class ReleaseServicesFactory
{
    /// <param name="awsCredentials">Null: AWSSDK.Core's standard chain (environment, profile, web identity).</param>
    /// <param name="transport">Creates the innermost HTTP handler of each client (tests count or cut calls there).</param>
    public static ReleaseServices Create(
        ReleaseSettings settings,
        ILogger logger,
        SecretRedactor redactor,
        TimeProvider time,
        AWSCredentials? awsCredentials,
        ReleaseTuning? tuning = null,
        Func<HttpMessageHandler>? transport = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        tuning ??= ReleaseTuning.Production;
        foreach (var secret in settings.Secrets)
        {
            redactor.Add(secret);
        }

        var lambdaOptions = new LambdaClientOptions { Region = settings.Region, Credentials = awsCredentials, WaiterInterval = tuning.LambdaWaiterInterval, WaiterMaxAttempts = tuning.LambdaWaiterMaxAttempts };
        // Without an override the options know the region's public endpoint.
        var lambda = new LambdaClient(Shared(settings.LambdaEndpoint is { } endpoint ? lambdaOptions with { Endpoint = endpoint } : lambdaOptions));
        var cloudWatchOptions = new CloudWatchClientOptions { Region = settings.Region, Credentials = awsCredentials };
        var cloudWatch = new CloudWatchClient(Shared(settings.CloudWatchEndpoint is { } metrics ? cloudWatchOptions with { Endpoint = metrics } : cloudWatchOptions));
        var tokens = new LwaTokenProvider(Shared(new LwaOptions
        {
            TokenHost = settings.LwaTokenHost ?? LwaOptions.DefaultTokenHost,
            ClientId = settings.LwaClientId,
            ClientSecret = settings.LwaClientSecret,
            RefreshToken = settings.RefreshToken,
        }));
        var smapi = new SmapiClient(Shared(new SmapiClientOptions
        {
            BaseAddress = settings.SmapiBaseUrl ?? SmapiClientOptions.DefaultBaseAddress,
            Tokens = tokens,
            PollInterval = tuning.SmapiPollInterval,
            PollTimeout = tuning.SmapiPollTimeout,
        }));
        var ledger = ReleaseLedgers.Create(
            settings.GitHubToken is { } token && settings.GitHubRepository is { } repository
                ? Shared(new GitHubLedgerOptions
                {
                    ApiAddress = settings.GitHubApiUrl ?? GitHubLedgerOptions.DefaultApiAddress,
                    Token = token,
                    Repository = repository,
                })
                : null,
            logger);
        return new ReleaseServices(lambda, smapi, ledger, settings) { CloudWatch = cloudWatch, Tuning = tuning };

        // What every client shares: the retries, a transport of its own, the log, the redactor and the clock.
        T Shared<T>(T options)
            where T : RemoteClientOptions =>
            (T)(options with { RetryPolicy = tuning.Retry, Transport = transport?.Invoke(), Logger = logger, Redactor = redactor, Time = time });
    }
}
