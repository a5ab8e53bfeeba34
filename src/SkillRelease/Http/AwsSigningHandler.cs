using Amazon;
using Amazon.Runtime;
using Amazon.Runtime.Credentials;
using Amazon.Runtime.Signing;
namespace SkillRelease.Http;

/// <summary>
/// Signs each request with SigV4 through AWSSDK.Core's <see cref="SigV4SigningHandler"/>. Credentials come from the
/// options or, when none are given, from the SDK's standard chain, resolved on the first call rather than at
/// construction so that building a client never touches the environment, files or STS. Before every signature the
/// current secret key and session token (which rotate for web identity) are handed to the redactor. Shared by the
/// Lambda and CloudWatch clients, which differ only in the signing name.
/// </summary>
internal sealed class AwsSigningHandler : DelegatingHandler
{
    private readonly AWSCredentials? _given;
    private readonly RegionEndpoint _region;
    private readonly string _service;
    private readonly SecretRedactor _redactor;
    private readonly SemaphoreSlim _resolving = new(1, 1);
    private HttpMessageInvoker? _signer;
    private AWSCredentials? _credentials;

    public AwsSigningHandler(AWSCredentials? credentials, string region, string service, SecretRedactor redactor, HttpMessageHandler inner)
        : base(inner)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(region);
        _given = credentials;
        ArgumentException.ThrowIfNullOrWhiteSpace(service);
        _region = RegionEndpoint.GetBySystemName(region);
        _service = service;
        _redactor = redactor ?? throw new ArgumentNullException(nameof(redactor));
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var (signer, credentials) = await SignerAsync(cancellationToken).ConfigureAwait(false);
        var current = await credentials.GetCredentialsAsync().ConfigureAwait(false);
        _redactor.Add(current.SecretKey);
        _redactor.Add(current.Token);
        return await signer.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _signer?.Dispose();
            _resolving.Dispose();
        }

        base.Dispose(disposing);
    }

    private async Task<(HttpMessageInvoker Signer, AWSCredentials Credentials)> SignerAsync(CancellationToken cancellationToken)
    {
        await _resolving.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_signer is null)
            {
                _credentials = _given ?? await new DefaultAWSCredentialsIdentityResolver().ResolveIdentityAsync(null!, cancellationToken).ConfigureAwait(false);
                var parameters = new AWSSigV4Parameters { Credentials = _credentials, Region = _region, Service = _service };
                // The invoker must not dispose the signing handler's inner handler: that is ours (InnerHandler).
                _signer = new HttpMessageInvoker(new SigV4SigningHandler(parameters, InnerHandler!), disposeHandler: false);
            }

            return (_signer, _credentials!);
        }
        finally
        {
            _resolving.Release();
        }
    }
}
