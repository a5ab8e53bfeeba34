using SkillRelease.Http;

namespace SkillRelease.CloudWatch;

/// <summary>
/// CloudWatch's AWS JSON 1.0 protocol as the AWS CLI v1 (botocore 1.43) and moto 5.2.1 speak it: every operation is a
/// POST to "/" with <c>X-Amz-Target: GraniteServiceVersion20100801.{Operation}</c>, body and answer in
/// <c>application/x-amz-json-1.0</c>, timestamps as epoch seconds. The service model lists the protocols
/// smithy-rpc-v2-cbor, json and query; botocore picks json, which we checked with <c>aws cloudwatch get-metric-data
/// --debug</c> (docs/operations.md, "The canary"). Shared by the client and the simulator. Last checked 2026-11-29
/// against botocore 1.43.11 and moto 5.2.1; API reference:
/// https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_GetMetricData.html.
/// </summary>
public static class CloudWatchWire
{
    public const string TargetHeader = "X-Amz-Target";
    public const string TargetPrefix = "GraniteServiceVersion20100801.";
    public const string ContentType = "application/x-amz-json-1.0";
    public const string RequestIdHeader = AwsWire.RequestIdHeader;

    /// <summary>Sent on errors to clients in query-compatible mode: <c>Code;Sender</c>.</summary>
    public const string QueryErrorHeader = "x-amzn-query-error";

    /// <summary>The signing name for SigV4 (the endpoint prefix, not "cloudwatch").</summary>
    public const string SigningService = "monitoring";

    public const string GetMetricData = "GetMetricData";
}
