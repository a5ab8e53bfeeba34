using System.Net;
using System.Xml;
using System.Xml.Linq;
using SkillRelease.Http;

namespace SkillRelease.Sts;

/// <summary>
/// STS over the Query protocol (<see cref="StsWire"/>), SigV4-signed with the signing name <c>sts</c> by the handler
/// chain the Lambda and CloudWatch clients use: logging → retries → signing → transport.
/// </summary>
public sealed class StsClient : IStsClient, IDisposable
{
    private static readonly XNamespace Ns = StsWire.XmlNamespace;
    private readonly HttpClient _http;

    public StsClient(StsClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _http = new HttpClient(options.SignedPipeline(StsWire.SigningService))
        {
            BaseAddress = options.Endpoint,
            // The attempts and the whole call have their own timeouts inside (RetryRules).
            Timeout = Timeout.InfiniteTimeSpan,
        };
    }

    public async Task<CallerIdentity> GetCallerIdentityAsync(CancellationToken cancellationToken = default)
    {
        var result = (await SendAsync(StsWire.GetCallerIdentity, cancellationToken).ConfigureAwait(false)).Element(Ns + "GetCallerIdentityResult");
        return new CallerIdentity(Text(result, "Account"), Text(result, "Arn"), Text(result, "UserId"));
    }

    public void Dispose() => _http.Dispose();

    private async Task<XElement> SendAsync(string action, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent([new(StsWire.ActionField, action), new(StsWire.VersionField, StsWire.Version)]),
        };
        // Buffered so the body goes with a Content-Length (which SigV4 signs), never chunked.
        await request.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
        using var response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var requestId = response.Headers.TryGetValues(StsWire.RequestIdHeader, out var ids) ? ids.FirstOrDefault() : null;
        var root = Parse(body);
        if (!response.IsSuccessStatusCode)
        {
            var error = root?.Element(Ns + "Error");
            throw new StsException(
                error?.Element(Ns + "Code")?.Value ?? $"Http{(int)response.StatusCode}",
                error?.Element(Ns + "Message")?.Value ?? (string.IsNullOrWhiteSpace(body) ? response.ReasonPhrase ?? "" : body),
                response.StatusCode,
                root?.Element(Ns + "RequestId")?.Value ?? requestId);
        }

        return root ?? throw new StsException("Service", $"{action} answered {(int)response.StatusCode} with a body that is not XML.", HttpStatusCode.BadGateway, requestId);
    }

    private static XElement? Parse(string body)
    {
        try
        {
            return XDocument.Parse(body).Root;
        }
        catch (XmlException)
        {
            return null; // not XML (a proxy's HTML page): the status and the raw text still say what happened
        }
    }

    private static string Text(XElement? parent, string name) =>
        parent?.Element(Ns + name)?.Value ?? throw new StsException("Service", $"GetCallerIdentity's answer has no {name}.", HttpStatusCode.BadGateway, null);
}
