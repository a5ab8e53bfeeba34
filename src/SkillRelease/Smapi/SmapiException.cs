using System.Net;

namespace SkillRelease.Smapi;

/// <summary>
/// A SMAPI error with the server's words: status, the optional <c>code</c>, the <c>message</c> and every
/// violation (both error body shapes, BadRequestError and StandardizedError), and the request id.
/// </summary>
public sealed class SmapiException : Exception
{
    public SmapiException(HttpStatusCode statusCode, string? code, string serviceMessage, IReadOnlyList<string> violations, string? requestId, string operation)
        : base(Describe(statusCode, code, serviceMessage, violations, operation))
    {
        StatusCode = statusCode;
        Code = code;
        ServiceMessage = serviceMessage;
        Violations = violations;
        RequestId = requestId;
    }

    public HttpStatusCode StatusCode { get; }

    public string? Code { get; }

    public string ServiceMessage { get; }

    public IReadOnlyList<string> Violations { get; }

    public string? RequestId { get; }

    public bool IsNotFound => StatusCode == HttpStatusCode.NotFound;

    /// <summary>The If-Match ETag was stale: someone else wrote in between.</summary>
    public bool IsPreconditionFailed => StatusCode == HttpStatusCode.PreconditionFailed;

    /// <summary>409: the resource's state does not allow the call now (e.g. a rollback or publication is outstanding).</summary>
    public bool IsConflict => StatusCode == HttpStatusCode.Conflict;

    /// <summary>A development write refused because the skill is in certification (403/409).</summary>
    public bool IsLocked => StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Conflict;

    private static string Describe(HttpStatusCode status, string? code, string message, IReadOnlyList<string> violations, string operation)
    {
        var text = $"SMAPI {operation} failed ({(int)status}{(code is null ? "" : " " + code)}): {message}";
        return violations.Count == 0 ? text : text + " Violations: " + string.Join("; ", violations);
    }
}
