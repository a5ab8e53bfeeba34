using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace SkillRelease.Http;

/// <summary>What every remote client takes besides its address and credentials: retries, the transport, the log,
/// the redactor and the clock; and the handler chain built from them.</summary>
public abstract record RemoteClientOptions
{
    public RetryPolicy RetryPolicy { get; init; } = new();

    /// <summary>The innermost handler; null for a <see cref="SocketsHttpHandler"/>. Tests inject theirs.</summary>
    public HttpMessageHandler? Transport { get; init; }

    public ILogger Logger { get; init; } = NullLogger.Instance;

    /// <summary>Learns every secret the client uses or receives, so no log line shows one.</summary>
    public SecretRedactor Redactor { get; init; } = new();

    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Logging → retries and timeouts (<see cref="RetryRules"/>) → <paramref name="inner"/> (authentication,
    /// say) → transport: the log sees each call once as the client made it, and each retry re-runs the inner handlers
    /// (a fresh token, a new signature).</summary>
    internal HttpMessageHandler Pipeline(Func<HttpMessageHandler, HttpMessageHandler>? inner = null)
    {
        var transport = Transport ?? new SocketsHttpHandler();
        return new LoggingHandler(Logger, Redactor, RetryRules.Around(inner?.Invoke(transport) ?? transport, RetryPolicy, Time));
    }
}
