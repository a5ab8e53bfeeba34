using System.Text;
using Amazon.Runtime;
using SkillRelease.CloudWatch;
using SkillRelease.Tests.Lambda.Support;

namespace SkillRelease.Tests.CloudWatch;

/// <summary>
/// moto 5.2.1's CloudWatch (which speaks the same AWS JSON 1.0 as the AWS CLI) as the judge of our client's requests
/// and of how it reads the answer: what PutMetricData stored under Lambda's canary dimensions is read back.
/// </summary>
[NonParallelizable]
public sealed class CloudWatchAgainstMotoTests
{
    private MotoServer _moto = null!;

    [OneTimeSetUp]
    public async Task StartMotoAsync() => _moto = await MotoServer.StartAsync();

    [OneTimeTearDown]
    public void StopMoto() => _moto?.Dispose();

    [Test]
    public async Task GetMetricData_OfWhatMotoStored_ReadsTheSeries()
    {
        // Given: three errors of version 2 through alias blue, and one of another version
        var now = DateTimeOffset.UtcNow;
        await PutAsync("Errors", "2", 3, now);
        await PutAsync("Errors", "1", 1, now);
        using var client = new CloudWatchClient(new CloudWatchClientOptions
        {
            Region = MotoServer.Region,
            Endpoint = _moto.Address,
            Credentials = new BasicAWSCredentials("AKIAMOTO", "moto-secret"),
        });

        // When
        var response = await client.GetMetricDataAsync(CloudWatchClientTests.Request() with { StartTime = now.AddMinutes(-5), EndTime = now.AddMinutes(5) });

        // Then
        var series = response.MetricDataResults.Single();
        Assert.That((series.Id, series.Values.Sum(), series.StatusCode), Is.EqualTo(("errors", 3.0, "Complete")));
        Assert.That(series.Timestamps.Single(), Is.EqualTo(now).Within(TimeSpan.FromMinutes(1)));
    }

    private async Task PutAsync(string metricName, string version, double value, DateTimeOffset at)
    {
        using var http = new HttpClient { BaseAddress = _moto.Address };
        var body = $$"""
            {"Namespace":"AWS/Lambda","MetricData":[{"MetricName":"{{metricName}}","Value":{{value}},"Timestamp":{{at.ToUnixTimeSeconds()}},
             "Dimensions":[{"Name":"FunctionName","Value":"boston-info"},{"Name":"Resource","Value":"boston-info:blue"},{"Name":"ExecutedVersion","Value":"{{version}}"}]}]}
            """;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/") { Content = new StringContent(body, Encoding.UTF8, CloudWatchWire.ContentType) };
        request.Content.Headers.ContentType!.CharSet = null;
        request.Headers.TryAddWithoutValidation(CloudWatchWire.TargetHeader, CloudWatchWire.TargetPrefix + "PutMetricData");
        // moto routes by the service the credential scope names; it does not check the signature.
        request.Headers.TryAddWithoutValidation("Authorization", $"AWS4-HMAC-SHA256 Credential=AKIAMOTO/20260101/{MotoServer.Region}/monitoring/aws4_request, SignedHeaders=host, Signature=0");
        using var response = await http.SendAsync(request);
        Assert.That(response.IsSuccessStatusCode, Is.True, await response.Content.ReadAsStringAsync());
    }
}
