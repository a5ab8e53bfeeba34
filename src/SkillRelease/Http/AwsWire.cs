namespace SkillRelease.Http;

/// <summary>
/// What every AWS JSON service the pipeline calls shares on the wire (lambda-contract.md §1.1; botocore's parsers):
/// the request-id header and the JSON error body's type field. The per-service wire classes name these for their
/// service. Last checked 2026-11-29 against lambda-contract.md and botocore 1.43.11.
/// </summary>
public static class AwsWire
{
    public const string RequestIdHeader = "x-amzn-RequestId";

    /// <summary>The AWS JSON error body's type, possibly namespaced (<c>com.amazonaws.cloudwatch#InvalidParameterValue</c>).</summary>
    public const string ErrorTypeField = "__type";
}
