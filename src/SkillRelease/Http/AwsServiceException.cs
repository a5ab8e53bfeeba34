using System.Net;

namespace SkillRelease.Http;

/// <summary>
/// An AWS service refused a call, in the service's own words: its error code (Lambda's <c>X-Amzn-ErrorType</c>,
/// CloudWatch's <c>__type</c>, STS's <c>&lt;Code&gt;</c>), its message, the HTTP status and the request id. Each
/// service derives its own type, so a caller catches exactly the service it called; code that only reports an AWS
/// refusal catches this base.
/// </summary>
public abstract class AwsServiceException : Exception
{
    protected AwsServiceException(string serviceName, string errorCode, string message, HttpStatusCode statusCode, string? requestId, Exception? inner = null)
        : base($"{serviceName} {errorCode} ({(int)statusCode}): {message}", inner)
    {
        ServiceName = serviceName;
        ErrorCode = errorCode;
        ServiceMessage = message;
        StatusCode = statusCode;
        RequestId = requestId;
    }

    /// <summary>How the service is named in messages ("Lambda", "CloudWatch", "STS").</summary>
    public string ServiceName { get; }

    public string ErrorCode { get; }

    /// <summary>The message exactly as the service sent it.</summary>
    public string ServiceMessage { get; }

    public HttpStatusCode StatusCode { get; }

    public string? RequestId { get; }
}
