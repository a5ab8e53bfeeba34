namespace SkillRelease.Simulator.Lambda;

/// <summary>
/// The <c>{FunctionName}</c> path parameter as Lambda reads it: a name, <c>name:qualifier</c>, a partial ARN
/// (<c>account:function:name[:qualifier]</c>) or a full ARN, combined with an optional <c>Qualifier</c> query.
/// </summary>
internal sealed record FunctionReference(string Name, string? Qualifier)
{
    /// <summary>The region an ARN named, if one was given.</summary>
    public string? Region { get; init; }

    /// <summary>The account an ARN (full or partial) named, if one was given.</summary>
    public string? Account { get; init; }

    public static FunctionReference Parse(string functionName, string? queryQualifier)
    {
        var parts = functionName.Split(':');
        var (region, account, name, pathQualifier) = parts switch
        {
            ["arn", "aws", "lambda", var r, var a, "function", var n] => (r, a, n, null),
            ["arn", "aws", "lambda", var r, var a, "function", var n, var q] => (r, a, n, q),
            [var a, "function", var n] => (null, a, n, null),
            [var a, "function", var n, var q] => (null, a, n, q),
            [var n] => (null, null, n, null),
            [var n, var q] => ((string?)null, (string?)null, n, (string?)q),
            _ => throw SimulatedLambdaError.Validation($"1 validation error detected: Value '{functionName}' at 'functionName' failed to satisfy constraint: Member must satisfy regular expression pattern"),
        };
        if (pathQualifier is not null && !string.IsNullOrEmpty(queryQualifier) && pathQualifier != queryQualifier)
        {
            throw SimulatedLambdaError.InvalidParameter("The derived qualifier from the function name does not match the specified qualifier.");
        }

        return new FunctionReference(name, pathQualifier ?? (string.IsNullOrEmpty(queryQualifier) ? null : queryQualifier)) { Region = region, Account = account };
    }
}
