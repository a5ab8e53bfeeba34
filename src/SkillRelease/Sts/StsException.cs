using System.Net;

namespace SkillRelease.Sts;

/// <summary>An STS error in the service's own words: its code (<c>InvalidClientTokenId</c>, <c>SignatureDoesNotMatch</c>, <c>ExpiredToken</c>…), message, status and request id.</summary>
public sealed class StsException : Exception
{
    public StsException(string errorCode, string message, HttpStatusCode statusCode, string? requestId)
        : base($"STS {errorCode} ({(int)statusCode}): {message}")
    {
        ErrorCode = errorCode;
        ServiceMessage = message;
        StatusCode = statusCode;
        RequestId = requestId;
    }

    public string ErrorCode { get; }

    /// <summary>The message exactly as the service sent it.</summary>
    public string ServiceMessage { get; }

    public HttpStatusCode StatusCode { get; }

    public string? RequestId { get; }
}
