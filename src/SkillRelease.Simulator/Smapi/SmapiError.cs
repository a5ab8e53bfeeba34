using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace SkillRelease.Simulator.Smapi;

/// <summary>
/// A refusal in SMAPI's words, thrown by the skill model and written by the endpoint wrapper: 400 and 403 as
/// BadRequestError (<c>message</c> + <c>violations</c>), everything else as StandardizedError (<c>code</c>,
/// <c>message</c>, optional <c>validationDetails.reason.type</c>).
/// </summary>
internal sealed class SmapiError(int status, string message, IReadOnlyList<Violation>? violations = null, string? code = null, string? reason = null)
    : Exception(message), IResult
{
    public int Status => status;

    public static SmapiError BadRequest(string message, IReadOnlyList<Violation> violations) => new(400, message, violations);

    public static SmapiError Forbidden(string message, string code = "OPERATION_NOT_ALLOWED") => new(403, message, [new Violation(code, message)]);

    public static SmapiError Unauthorized() => new(401, "Request is not authorized: the access token is missing, unknown or expired.", code: "INVALID_ACCESS_TOKEN");

    public static SmapiError NotFound(string message) => new(404, message, code: "RESOURCE_NOT_FOUND", reason: "RESOURCE_DOES_NOT_EXIST");

    public static SmapiError PreconditionFailed(string message) => new(412, message, code: "PRECONDITION_NOT_MET", reason: "RESOURCE_VERSION_DOES_NOT_MATCH");

    public JsonObject Body()
    {
        if (status is 400 or 403)
        {
            return new JsonObject
            {
                ["message"] = Message,
                ["violations"] = new JsonArray([.. (violations ?? []).Select(v => new JsonObject { ["code"] = v.Code, ["message"] = v.Message })]),
            };
        }

        var body = new JsonObject { ["message"] = Message };
        if (code is not null)
        {
            body["code"] = code;
        }

        if (reason is not null)
        {
            body["validationDetails"] = new JsonObject { ["reason"] = new JsonObject { ["type"] = reason } };
        }

        return body;
    }

    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = status;
        return httpContext.Response.WriteAsJsonAsync(Body());
    }
}
