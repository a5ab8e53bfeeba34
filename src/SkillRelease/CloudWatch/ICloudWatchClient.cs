using SkillRelease.CloudWatch.Model;

namespace SkillRelease.CloudWatch;

/// <summary>
/// The CloudWatch calls the release pipeline makes, named as in <c>IAmazonCloudWatch</c>. Throws
/// <see cref="CloudWatchException"/> with the service's error code and words; transient failures are retried inside
/// (<see cref="SkillRelease.Http.RetryRules"/>; a read is always safe to repeat).
/// </summary>
public interface ICloudWatchClient
{
    /// <summary>
    /// POST / (X-Amz-Target GraniteServiceVersion20100801.GetMetricData), every page followed.
    /// https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_GetMetricData.html
    /// </summary>
    Task<GetMetricDataResponse> GetMetricDataAsync(GetMetricDataRequest request, CancellationToken cancellationToken = default);
}
