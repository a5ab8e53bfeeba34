namespace SkillRelease.Simulator.Lambda;

/// <summary>
/// The <c>{FunctionName}</c> path parameter as Lambda reads it: a name, <c>name:qualifier</c>, a partial ARN
/// (<c>account:function:name[:qualifier]</c>) or a full ARN, combined with an optional <c>Qualifier</c> query.
/// </summary>
internal sealed record FunctionReference(string Name, string? Qualifier)
{
    public static FunctionReference Parse(string functionName, string? queryQualifier)
    {
        var parts = functionName.Split(':');
        var (name, pathQualifier) = parts switch
        {
            ["arn", "aws", "lambda", _, _, "function", var n] => (n, null),
            ["arn", "aws", "lambda", _, _, "function", var n, var q] => (n, q),
            [_, "function", var n] => (n, null),
            [_, "function", var n, var q] => (n, q),
            [var n] => (n, null),
            [var n, var q] => (n, (string?)q),
            _ => throw SimulatedLambdaError.Validation($"1 validation error detected: Value '{functionName}' at 'functionName' failed to satisfy constraint: Member must satisfy regular expression pattern"),
        };
        if (pathQualifier is not null && !string.IsNullOrEmpty(queryQualifier) && pathQualifier != queryQualifier)
        {
            throw SimulatedLambdaError.InvalidParameter("The derived qualifier from the function name does not match the specified qualifier.");
        }

        return new FunctionReference(name, pathQualifier ?? (string.IsNullOrEmpty(queryQualifier) ? null : queryQualifier));
    }
}
