using SkillRelease.Http;

namespace SkillRelease.Lambda;

/// <summary>
/// The Lambda wire in one place, shared by the client, the release engine and the simulator: REST paths and headers
/// (lambda-contract.md §1.1), the <c>$LATEST</c> qualifier (§1.2), the Alexa Skills Kit trigger's principal, action and
/// condition key (§1.6) and the ARN formats. Last checked 2026-11-29 against lambda-contract.md.
/// </summary>
public static class LambdaWire
{
    public const string ApiVersion = "2015-03-31";
    public const string FunctionsPrefix = "/" + ApiVersion + "/functions";

    public const string ErrorTypeHeader = "X-Amzn-ErrorType";
    public const string RequestIdHeader = AwsWire.RequestIdHeader;

    public const string QualifierQuery = "Qualifier";
    public const string MarkerQuery = "Marker";
    public const string FunctionVersionQuery = "FunctionVersion";
    public const string RevisionIdQuery = "RevisionId";

    /// <summary>The signing name for SigV4.</summary>
    public const string SigningService = "lambda";

    public const string LatestVersion = "$LATEST";

    /// <summary>The action the Alexa Skills Kit trigger grants (AddPermission's <c>Action</c>).</summary>
    public const string InvokeFunctionAction = "lambda:InvokeFunction";

    /// <summary>The service principal that invokes a skill's endpoint (AddPermission's <c>Principal</c>; stored as <c>Principal.Service</c>).</summary>
    public const string AlexaPrincipal = "alexa-appkit.amazon.com";

    /// <summary>The condition key Lambda stores AddPermission's <c>EventSourceToken</c> (the skill id) under, inside <c>StringEquals</c>.</summary>
    public const string EventSourceTokenCondition = "lambda:EventSourceToken";

    /// <summary>How many ':'-separated parts an unqualified function ARN has: arn:aws:lambda:region:account:function:name.</summary>
    private const int UnqualifiedArnParts = 7;

    /// <summary>/2015-03-31/functions/{FunctionName} with the name (which may carry ":qualifier") URL-encoded.</summary>
    public static string FunctionPath(string functionName) => $"{FunctionsPrefix}/{Uri.EscapeDataString(functionName)}";

    /// <summary>arn:aws:lambda:{region}:{account}:function:{name}, the unqualified function ARN.</summary>
    public static string FunctionArn(string region, string accountId, string functionName) =>
        $"arn:aws:lambda:{region}:{accountId}:function:{functionName}";

    /// <summary>A version's or alias's ARN: the function ARN, ':' and the qualifier.</summary>
    public static string QualifiedArn(string functionArn, string qualifier) => $"{functionArn}:{qualifier}";

    /// <summary>The function ARN without any qualifier (a function ARN unchanged).</summary>
    public static string UnqualifiedArn(string functionArn)
    {
        var parts = functionArn.Split(':');
        return parts.Length > UnqualifiedArnParts ? string.Join(':', parts[..UnqualifiedArnParts]) : functionArn;
    }

    /// <summary>The qualifier (version or alias) a qualified function ARN ends in, or null for an unqualified one.</summary>
    public static string? ArnQualifier(string functionArn)
    {
        var parts = functionArn.Split(':');
        return parts.Length > UnqualifiedArnParts ? parts[UnqualifiedArnParts] : null;
    }
}
