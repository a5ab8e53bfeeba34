using SkillRelease.CloudWatch;
using SkillRelease.Http;

namespace SkillRelease.Tests.CloudWatch;

/// <summary>
/// Pins the CloudWatch wire constants the client, the canary reader and the simulator share to botocore's protocol
/// (see <see cref="CloudWatchWire"/>) and to Lambda's documented metrics (docs/operations.md, "The canary").
/// </summary>
public sealed class CloudWatchWireTests
{
    [Test]
    public void Constants_AreTheWireValues()
    {
        Assert.Multiple(() =>
        {
            Assert.That(CloudWatchWire.TargetHeader + ": " + CloudWatchWire.TargetPrefix + CloudWatchWire.GetMetricData, Is.EqualTo("X-Amz-Target: GraniteServiceVersion20100801.GetMetricData"));
            Assert.That(CloudWatchWire.ContentType, Is.EqualTo("application/x-amz-json-1.0"));
            Assert.That(CloudWatchWire.SigningService, Is.EqualTo("monitoring"));
            Assert.That(CloudWatchWire.RequestIdHeader, Is.EqualTo("x-amzn-RequestId").IgnoreCase);
            Assert.That(AwsWire.ErrorTypeField, Is.EqualTo("__type"));
        });
    }

    [Test]
    public void LambdaMetricNames_AreLambdasDocumentedMetrics()
    {
        // https://docs.aws.amazon.com/lambda/latest/dg/monitoring-functions-metrics.html
        Assert.That(
            new[] { LambdaMetricNames.Namespace, LambdaMetricNames.Invocations, LambdaMetricNames.Errors, LambdaMetricNames.FunctionNameDimension, LambdaMetricNames.ResourceDimension, LambdaMetricNames.ExecutedVersionDimension, LambdaMetricNames.SumStatistic },
            Is.EqualTo(new[] { "AWS/Lambda", "Invocations", "Errors", "FunctionName", "Resource", "ExecutedVersion", "Sum" }));
    }
}
