using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using SkillRelease.CloudWatch.Model;
using SkillRelease.CloudWatch.Wire;
using SkillRelease.Http;

namespace SkillRelease.CloudWatch;

/// <summary>
/// CloudWatch over AWS JSON 1.0 (<see cref="CloudWatchWire"/>), SigV4-signed with the signing name <c>monitoring</c>.
/// The handler chain is the Lambda client's: logging → retries (<see cref="SkillRelease.Http.RetryRules"/>) → signing → transport.
/// </summary>
public sealed class CloudWatchClient : ICloudWatchClient, IDisposable
{
    private static readonly JsonSerializerOptions Json = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        PropertyNameCaseInsensitive = true,
        Converters = { new EpochSecondsConverter() },
    };

    private readonly HttpClient _http;

    public CloudWatchClient(CloudWatchClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _http = new HttpClient(options.SignedPipeline(CloudWatchWire.SigningService))
        {
            BaseAddress = options.Endpoint,
            // The attempts and the whole call have their own timeouts inside (RetryRules).
            Timeout = Timeout.InfiniteTimeSpan,
        };
    }

    /// <remarks>A series split over pages is joined back into one result per query id, in the order the pages came.</remarks>
    public async Task<GetMetricDataResponse> GetMetricDataAsync(GetMetricDataRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var results = new List<MetricDataResult>();
        string? nextToken = null;
        do
        {
            var page = await SendAsync<MetricDataPage>(
                CloudWatchWire.GetMetricData, new GetMetricDataBody(request.MetricDataQueries, request.StartTime, request.EndTime, nextToken), cancellationToken).ConfigureAwait(false);
            foreach (var result in page.MetricDataResults ?? [])
            {
                var index = results.FindIndex(r => r.Id == result.Id);
                if (index < 0)
                {
                    results.Add(result);
                }
                else
                {
                    results[index] = results[index] with
                    {
                        Timestamps = [.. results[index].Timestamps, .. result.Timestamps],
                        Values = [.. results[index].Values, .. result.Values],
                        StatusCode = result.StatusCode,
                    };
                }
            }

            nextToken = page.NextToken;
        }
        while (!string.IsNullOrEmpty(nextToken));

        return new GetMetricDataResponse { MetricDataResults = results };
    }

    public void Dispose() => _http.Dispose();

    private async Task<T> SendAsync<T>(string operation, object body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/", UriKind.Relative))
        {
            // Serialized up front so the body goes with a Content-Length (which SigV4 signs), never chunked.
            Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, body.GetType(), Json)),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(CloudWatchWire.ContentType);
        request.Headers.TryAddWithoutValidation(CloudWatchWire.TargetHeader, CloudWatchWire.TargetPrefix + operation);
        using var response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw await CloudWatchErrorReader.ReadAsync(response, cancellationToken).ConfigureAwait(false);
        }

        // The JSON media type is not application/json, so the content type is not checked: the body is read as JSON.
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        return JsonSerializer.Deserialize<T>(bytes, Json)
            ?? throw new CloudWatchException("Service", $"{operation} answered {(int)response.StatusCode} with an empty body.", response.StatusCode, null);
    }
}
