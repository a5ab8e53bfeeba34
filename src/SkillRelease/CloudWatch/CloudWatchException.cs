using System.Net;
using SkillRelease.Http;

namespace SkillRelease.CloudWatch;

/// <summary>A CloudWatch API error with the service's own words: its code (from <c>__type</c>), message, status and request id.</summary>
public sealed class CloudWatchException(string errorCode, string message, HttpStatusCode statusCode, string? requestId)
    : AwsServiceException("CloudWatch", errorCode, message, statusCode, requestId);
