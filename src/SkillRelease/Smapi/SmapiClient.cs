using SkillRelease.Smapi.Clients;

namespace SkillRelease.Smapi;

/// <summary>
/// <see cref="ISmapiClient"/> over HTTP. Handler chain: logging → retries (<see cref="SkillRelease.Http.RetryRules"/>) → bearer token (one
/// refresh on 401) → transport.
/// </summary>
public sealed class SmapiClient : ISmapiClient, IDisposable
{
    private readonly HttpClient _http;

    public SmapiClient(SmapiClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(options.Tokens);
        _http = new HttpClient(options.Pipeline(transport => new BearerTokenHandler(options.Tokens, transport)))
        {
            // A trailing slash, so relative paths keep any path prefix of the base address.
            BaseAddress = new Uri(options.BaseAddress.ToString().TrimEnd('/') + "/"),
            Timeout = Timeout.InfiniteTimeSpan, // each attempt is bounded by the retry policy instead
        };
        var connection = new SmapiConnection(_http);
        var poller = new SmapiPoller(options);
        Manifest = new SkillManifestClient(connection);
        InteractionModel = new InteractionModelClient(connection);
        Status = new SkillStatusClient(connection, poller);
        Validations = new ValidationsClient(connection, poller);
        Certifications = new CertificationsClient(connection);
        Publications = new PublicationsClient(connection);
        Skills = new SkillSummariesClient(connection);
        Versions = new SkillVersionsClient(connection);
        Rollbacks = new RollbacksClient(connection, poller);
    }

    public ISkillManifestClient Manifest { get; }

    public IInteractionModelClient InteractionModel { get; }

    public ISkillStatusClient Status { get; }

    public IValidationsClient Validations { get; }

    public ICertificationsClient Certifications { get; }

    public IPublicationsClient Publications { get; }

    public ISkillSummariesClient Skills { get; }

    public ISkillVersionsClient Versions { get; }

    public IRollbacksClient Rollbacks { get; }

    public void Dispose() => _http.Dispose();
}
