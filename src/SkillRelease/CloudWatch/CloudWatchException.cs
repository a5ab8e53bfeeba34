using System.Net;

namespace SkillRelease.CloudWatch;

/// <summary>A CloudWatch API error with the service's own words: its code (from <c>__type</c>), message, status and request id.</summary>
public sealed class CloudWatchException : Exception
{
    public CloudWatchException(string errorCode, string message, HttpStatusCode statusCode, string? requestId)
        : base($"CloudWatch {errorCode} ({(int)statusCode}): {message}")
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
