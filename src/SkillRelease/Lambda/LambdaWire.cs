namespace SkillRelease.Lambda;

/// <summary>The Lambda REST paths and headers (lambda-contract.md §1), shared by the client and the simulator.</summary>
public static class LambdaWire
{
    public const string ApiVersion = "2015-03-31";
    public const string FunctionsPrefix = "/" + ApiVersion + "/functions";

    public const string ErrorTypeHeader = "X-Amzn-ErrorType";
    public const string RequestIdHeader = "x-amzn-RequestId";

    public const string QualifierQuery = "Qualifier";
    public const string MarkerQuery = "Marker";
    public const string FunctionVersionQuery = "FunctionVersion";
    public const string RevisionIdQuery = "RevisionId";

    /// <summary>The signing name for SigV4.</summary>
    public const string SigningService = "lambda";

    public const string LatestVersion = "$LATEST";

    /// <summary>/2015-03-31/functions/{FunctionName} with the name (which may carry ":qualifier") URL-encoded.</summary>
    public static string FunctionPath(string functionName) => $"{FunctionsPrefix}/{Uri.EscapeDataString(functionName)}";
}
