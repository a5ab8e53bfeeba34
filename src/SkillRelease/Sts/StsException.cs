using System.Net;
using SkillRelease.Http;

namespace SkillRelease.Sts;

/// <summary>An STS error in the service's own words: its code (<c>InvalidClientTokenId</c>, <c>SignatureDoesNotMatch</c>, <c>ExpiredToken</c>…), message, status and request id.</summary>
public sealed class StsException(string errorCode, string message, HttpStatusCode statusCode, string? requestId)
    : AwsServiceException("STS", errorCode, message, statusCode, requestId);
