using System.Net.Sockets;
using Polly.Timeout;

namespace SkillRelease.Http;

/// <summary>
/// Says what went wrong below HTTP when no answer came: a timeout is a timeout (<see cref="TimeoutException"/>), but
/// a refused connection or a connection closed before the answer is not, and a maintainer needs to know which. After
/// a closed connection a write may have been applied although nobody heard back, so the sentence says so.
/// </summary>
internal static class TransportFailure
{
    /// <summary>A timeout names the limit that ended the call: one attempt's, or the whole call's (<see cref="RetryRules"/>).</summary>
    public static Exception Describe(HttpRequestMessage request, int attempts, Exception exception)
    {
        var call = $"{request.Method} {request.RequestUri?.GetLeftPart(UriPartial.Path)}";
        var tries = $"{attempts} attempt(s)";
        if (exception is not HttpRequestException http)
        {
            var within = exception is TimeoutRejectedException rejected ? $" within {rejected.Timeout.TotalSeconds:0.#} s" : string.Empty;
            return new TimeoutException($"{call} did not answer{within} ({tries})", exception);
        }

        var isWrite = request.Method != HttpMethod.Get && request.Method != HttpMethod.Head;
        return new HttpRequestException(http.HttpRequestError, $"{call}: {What(http, request.RequestUri, isWrite)} ({tries})", exception);
    }

    private static string What(HttpRequestException exception, Uri? address, bool isWrite)
    {
        var socket = Innermost<SocketException>(exception);
        if (socket?.SocketErrorCode == SocketError.ConnectionRefused)
        {
            return $"the connection was refused: nothing is listening at {address?.Authority}";
        }

        if (exception.HttpRequestError == HttpRequestError.ResponseEnded
            || socket?.SocketErrorCode is SocketError.ConnectionReset or SocketError.ConnectionAborted or SocketError.Shutdown)
        {
            return "the connection was closed before an answer arrived" + (isWrite ? "; the change may have been applied all the same" : string.Empty);
        }

        return exception.HttpRequestError switch
        {
            HttpRequestError.NameResolutionError => $"the host name {address?.Host} could not be resolved",
            HttpRequestError.SecureConnectionError => $"the TLS connection to {address?.Authority} failed: {Innermost<Exception>(exception)!.Message.TrimEnd('.')}",
            _ => $"the connection failed: {Innermost<Exception>(exception)!.Message.TrimEnd('.')}",
        };
    }

    private static T? Innermost<T>(Exception exception)
        where T : Exception
    {
        T? found = null;
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            found = current as T ?? found;
        }

        return found;
    }
}
