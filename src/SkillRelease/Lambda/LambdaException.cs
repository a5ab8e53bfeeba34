using System.Net;

namespace SkillRelease.Lambda;

/// <summary>
/// A Lambda API error with the service's own words: the error type from <c>X-Amzn-ErrorType</c> (text before any
/// ':'), its message, the HTTP status and the request id.
/// </summary>
public sealed class LambdaException : Exception
{
    public LambdaException(string errorType, string message, HttpStatusCode statusCode, string? requestId, Exception? inner = null)
        : base($"Lambda {errorType} ({(int)statusCode}): {message}", inner)
    {
        ErrorType = errorType;
        ServiceMessage = message;
        StatusCode = statusCode;
        RequestId = requestId;
    }

    public string ErrorType { get; }

    /// <summary>The message exactly as the service sent it.</summary>
    public string ServiceMessage { get; }

    public HttpStatusCode StatusCode { get; }

    public string? RequestId { get; }

    public bool IsNotFound => ErrorType == LambdaErrorTypes.ResourceNotFound;

    /// <summary>A stale <c>RevisionId</c> or <c>CodeSha256</c>: someone else changed the resource; re-read, never retry blindly.</summary>
    public bool IsPreconditionFailed => ErrorType == LambdaErrorTypes.PreconditionFailed;

    /// <summary>An update in progress, a duplicate alias or statement id.</summary>
    public bool IsConflict => ErrorType == LambdaErrorTypes.ResourceConflict;
}
