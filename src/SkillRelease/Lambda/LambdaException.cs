using System.Net;
using SkillRelease.Http;

namespace SkillRelease.Lambda;

/// <summary>
/// A Lambda API error with the service's own words: the error type from <c>X-Amzn-ErrorType</c> (text before any
/// ':') as <see cref="AwsServiceException.ErrorCode"/>, its message, the HTTP status and the request id.
/// </summary>
public sealed class LambdaException(string errorType, string message, HttpStatusCode statusCode, string? requestId, Exception? inner = null)
    : AwsServiceException("Lambda", errorType, message, statusCode, requestId, inner)
{
    public bool IsNotFound => ErrorCode == LambdaErrorTypes.ResourceNotFound;

    /// <summary>A stale <c>RevisionId</c> or <c>CodeSha256</c>: someone else changed the resource; re-read, never retry blindly.</summary>
    public bool IsPreconditionFailed => ErrorCode == LambdaErrorTypes.PreconditionFailed;

    /// <summary>An update in progress, a duplicate alias or statement id.</summary>
    public bool IsConflict => ErrorCode == LambdaErrorTypes.ResourceConflict;
}
