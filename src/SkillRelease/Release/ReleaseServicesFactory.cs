using Amazon.Runtime;
using Microsoft.Extensions.Logging;
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

        var lambda = new LambdaClient(new LambdaClientOptions
        {
            Region = settings.Region,
            Endpoint = settings.LambdaEndpoint ?? new Uri($"https://lambda.{settings.Region}.amazonaws.com"),
            Credentials = awsCredentials,
            Retry = tuning.Retry,
            WaiterInterval = tuning.LambdaWaiterInterval,
            Transport = transport?.Invoke(),
            Logger = logger,
            Redactor = redactor,
            Time = time,
        });
        var tokens = new LwaTokenProvider(new LwaOptions
        {
            TokenHost = settings.LwaTokenHost ?? LwaOptions.DefaultTokenHost,
            ClientId = settings.LwaClientId,
            ClientSecret = settings.LwaClientSecret,
            RefreshToken = settings.RefreshToken,
            RetryPolicy = tuning.Retry,
            Transport = transport?.Invoke(),
            Logger = logger,
            Redactor = redactor,
            Time = time,
        });
        var smapi = new SmapiClient(new SmapiClientOptions
        {
            BaseAddress = settings.SmapiBaseUrl ?? SmapiClientOptions.DefaultBaseAddress,
            Tokens = tokens,
            RetryPolicy = tuning.Retry,
            PollInterval = tuning.SmapiPollInterval,
            Transport = transport?.Invoke(),
            Logger = logger,
            Redactor = redactor,
            Time = time,
        });
        var ledger = ReleaseLedgers.Create(
            settings.GitHubToken is { } token && settings.GitHubRepository is { } repository
                ? new GitHubLedgerOptions
                {
                    ApiAddress = settings.GitHubApiUrl ?? GitHubLedgerOptions.DefaultApiAddress,
                    Token = token,
                    Repository = repository,
                    RetryPolicy = tuning.Retry,
                    Transport = transport?.Invoke(),
                    Logger = logger,
                    Redactor = redactor,
                    Time = time,
                }
                : null,
            logger);
        return new ReleaseServices(lambda, smapi, ledger, settings);
    }
}
