namespace BostonInfo.Skill.Bootstrap.RuntimeApi;

/// <summary>Header names of the Lambda Runtime API (runtime-api.yaml, 2018-06-01), in one place.</summary>
public static class RuntimeApiHeaders
{
    public const string RequestId = "Lambda-Runtime-Aws-Request-Id";
    public const string DeadlineMs = "Lambda-Runtime-Deadline-Ms";
    public const string InvokedFunctionArn = "Lambda-Runtime-Invoked-Function-Arn";
    public const string TraceId = "Lambda-Runtime-Trace-Id";
    public const string InvocationId = "Lambda-Runtime-Invocation-Id";
    public const string FunctionErrorType = "Lambda-Runtime-Function-Error-Type";

    /// <summary>The environment variable the trace id is copied into for each invocation, as Lambda's runtimes do.</summary>
    public const string TraceIdEnvironmentVariable = "_X_AMZN_TRACE_ID";

    public const string ErrorContentType = "application/vnd.aws.lambda.error+json";
}
