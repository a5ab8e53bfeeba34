namespace SkillRelease.Simulator.RuntimeApi;

/// <summary>
/// The Lambda Runtime API's paths and header names (runtime-api.yaml, 2018-06-01; lambda-contract.md §4.3), as the
/// service side sees them. The bootstrap has its own copy on the client side: the emulator is written from the
/// contract, not from our client, so that it can catch a client that got a name wrong.
/// </summary>
public static class RuntimeApiHeaders
{
    public const string PathPrefix = "/2018-06-01/runtime";

    public const string RequestId = "Lambda-Runtime-Aws-Request-Id";
    public const string DeadlineMs = "Lambda-Runtime-Deadline-Ms";
    public const string InvokedFunctionArn = "Lambda-Runtime-Invoked-Function-Arn";
    public const string TraceId = "Lambda-Runtime-Trace-Id";
    public const string FunctionErrorType = "Lambda-Runtime-Function-Error-Type";

    public const string ErrorContentType = "application/vnd.aws.lambda.error+json";

    /// <summary>The synchronous invocation payload limit: a bigger response is refused with 413.</summary>
    public const int MaxResponseBytes = 6 * 1024 * 1024;
}
