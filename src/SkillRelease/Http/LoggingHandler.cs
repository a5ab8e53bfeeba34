using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.Logging;

namespace SkillRelease.Http;

/// <summary>
/// Logs every remote call: method, URL and status at Debug; headers and bodies at Trace. Everything passes
/// through the <see cref="SecretRedactor"/> first, so the most verbose level is still safe to paste into an issue.
/// It sits outermost, above retries, signing and token handling, and sees the request as the client built it;
/// anything added further in (signatures, tokens) is masked by header name and by value.
/// </summary>
public sealed class LoggingHandler : DelegatingHandler
{
    private readonly ILogger _logger;
    private readonly SecretRedactor _redactor;

    public LoggingHandler(ILogger logger, SecretRedactor redactor, HttpMessageHandler inner)
        : base(inner)
    {
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        _redactor = redactor ?? throw new ArgumentNullException(nameof(redactor));
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var url = _redactor.Redact(request.RequestUri?.ToString());
        if (_logger.IsEnabled(LogLevel.Trace))
        {
            _logger.LogTrace("→ {Method} {Url}\n{Headers}{Body}", request.Method, url, Headers(request.Headers, request.Content?.Headers), await Body(request.Content, cancellationToken).ConfigureAwait(false));
        }

        var watch = Stopwatch.StartNew();
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        _logger.LogDebug("{Method} {Url} → {Status} in {Milliseconds} ms", request.Method, url, (int)response.StatusCode, watch.ElapsedMilliseconds);
        if (_logger.IsEnabled(LogLevel.Trace))
        {
            await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
            _logger.LogTrace("← {Status}\n{Headers}{Body}", (int)response.StatusCode, Headers(response.Headers, response.Content.Headers), await Body(response.Content, cancellationToken).ConfigureAwait(false));
        }

        return response;
    }

    private string Headers(params IEnumerable<KeyValuePair<string, IEnumerable<string>>>?[] groups)
    {
        var text = new StringBuilder();
        foreach (var header in groups.Where(g => g is not null).SelectMany(g => g!))
        {
            text.Append("  ").Append(header.Key).Append(": ").AppendLine(_redactor.HeaderValue(header.Key, string.Join(", ", header.Value)));
        }

        return text.ToString();
    }

    /// <summary>Bodies beyond this are cut in the log: an upload carries the whole zip, base64, tens of megabytes.</summary>
    public const int MaxLoggedBody = 4096;

    private async Task<string> Body(HttpContent? content, CancellationToken cancellationToken)
    {
        if (content is null)
        {
            return string.Empty;
        }

        var body = await content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        // Redact the whole body before cutting it, so a secret straddling the cut cannot leak half-masked.
        var redacted = _redactor.Redact(body);
        return redacted.Length <= MaxLoggedBody ? redacted : $"{redacted[..MaxLoggedBody]}… ({body.Length:N0} characters in all)";
    }
}
