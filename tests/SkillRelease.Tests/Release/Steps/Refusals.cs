using System.Net;
using SkillRelease.Lambda;
using SkillRelease.Smapi;

namespace SkillRelease.Tests.Release.Steps;

/// <summary>
/// The exceptions the real clients raise for the refusals the steps meet, with the services' own types, statuses and
/// words (the simulator's, which lambda-contract.md and smapi-contract.md tie to the services').
/// </summary>
internal static class Refusals
{
    public static LambdaException StaleRevision() => Lambda(
        LambdaErrorTypes.PreconditionFailed, HttpStatusCode.PreconditionFailed,
        "The Revision Id provided does not match the latest Revision Id. Call the GetAlias API to retrieve the latest Revision Id");

    public static LambdaException AliasExists(string alias) => Lambda(
        LambdaErrorTypes.ResourceConflict, HttpStatusCode.Conflict, $"Alias already exists: arn:aws:lambda:us-east-1:123456789012:function:{StepRig.FunctionName}:{alias}");

    public static LambdaException StatementExists(string statementId) => Lambda(
        LambdaErrorTypes.ResourceConflict, HttpStatusCode.Conflict,
        $"The statement id ({statementId}) provided already exists. Please provide a new statement id, or remove the existing statement.");

    public static LambdaException NotFound(string what) => Lambda(
        LambdaErrorTypes.ResourceNotFound, HttpStatusCode.NotFound, $"{what} not found: arn:aws:lambda:us-east-1:123456789012:function:{StepRig.FunctionName}");

    public static LambdaException Throttled() => Lambda(LambdaErrorTypes.TooManyRequests, HttpStatusCode.TooManyRequests, "Rate exceeded");

    public static SmapiException StaleETag(string operation) => Smapi(
        HttpStatusCode.PreconditionFailed, "PRECONDITION_NOT_MET", "The resource has changed since it was read: the If-Match ETag does not match.", operation);

    public static SmapiException Conflict(string message, string operation) => Smapi(HttpStatusCode.Conflict, null, message, operation);

    public static SmapiException Invalid(string operation) => Smapi(HttpStatusCode.BadRequest, "INVALID_REQUEST", "The request is not valid.", operation);

    private static LambdaException Lambda(string type, HttpStatusCode status, string message) => new(type, message, status, "req-0001");

    private static SmapiException Smapi(HttpStatusCode status, string? code, string message, string operation) => new(status, code, message, [], "req-0002", operation);
}
