using System.Net;
using System.Text.Json.Nodes;
using SkillRelease.CloudWatch;
using SkillRelease.CloudWatch.Model;
using SkillRelease.Http;
using SkillRelease.Tests.CloudWatch.Support;
using BasicAWSCredentials = Amazon.Runtime.BasicAWSCredentials;

namespace SkillRelease.Tests.CloudWatch;

/// <summary>The CloudWatch client's wire: AWS JSON 1.0, signed for "monitoring", pages joined, errors in the service's words.</summary>
public sealed class CloudWatchClientTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

    public static GetMetricDataRequest Request(string functionName = "boston-info") => new()
    {
        MetricDataQueries =
        [
            new MetricDataQuery
            {
                Id = "errors",
                MetricStat = new MetricStat
                {
                    Metric = new Metric
                    {
                        Namespace = "AWS/Lambda",
                        MetricName = "Errors",
                        Dimensions = [new("FunctionName", functionName), new("Resource", functionName + ":blue"), new("ExecutedVersion", "2")],
                    },
                    Period = 60,
                    Stat = "Sum",
                },
            },
        ],
        StartTime = Start,
        EndTime = Start.AddMinutes(5),
    };

    [Test]
    public async Task GetMetricData_SendsTheJsonProtocolSignedForMonitoring()
    {
        // Given
        var transport = new ScriptedHandler((HttpStatusCode.OK, "{\"MetricDataResults\":[]}"));
        using var client = Client(transport);

        // When
        await client.GetMetricDataAsync(Request());

        // Then
        var (request, body) = transport.Requests.Single();
        Assert.That((request.Method, request.RequestUri!.AbsolutePath), Is.EqualTo((HttpMethod.Post, "/")));
        Assert.That(request.Headers.GetValues("X-Amz-Target").Single(), Is.EqualTo("GraniteServiceVersion20100801.GetMetricData"));
        Assert.That(request.Content!.Headers.ContentType!.MediaType, Is.EqualTo("application/x-amz-json-1.0"));
        Assert.That(request.Headers.GetValues("Authorization").Single(), Does.Contain("/us-east-1/monitoring/aws4_request"));
        var json = JsonNode.Parse(body)!;
        Assert.That(json["StartTime"]!.GetValue<double>(), Is.EqualTo(Start.ToUnixTimeSeconds()));
        Assert.That(json["MetricDataQueries"]![0]!["MetricStat"]!["Metric"]!["Dimensions"]![1]!["Value"]!.GetValue<string>(), Is.EqualTo("boston-info:blue"));
        Assert.That(json["NextToken"], Is.Null);
    }

    [Test]
    public async Task GetMetricData_OverSeveralPages_JoinsEachQuerysSeries()
    {
        // Given
        var transport = new ScriptedHandler(
            (HttpStatusCode.OK, "{\"MetricDataResults\":[{\"Id\":\"errors\",\"Timestamps\":[1795694460],\"Values\":[3.0],\"StatusCode\":\"PartialData\"}],\"NextToken\":\"page-2\"}"),
            (HttpStatusCode.OK, "{\"MetricDataResults\":[{\"Id\":\"errors\",\"Timestamps\":[1795694400.5],\"Values\":[2.0],\"StatusCode\":\"Complete\"}]}"));
        using var client = Client(transport);

        // When
        var response = await client.GetMetricDataAsync(Request());

        // Then
        var series = response.MetricDataResults.Single();
        Assert.That((series.Values, series.StatusCode), Is.EqualTo((new[] { 3.0, 2.0 }, "Complete")));
        Assert.That(series.Timestamps[1], Is.EqualTo(DateTimeOffset.FromUnixTimeMilliseconds(1_795_694_400_500)));
        Assert.That(JsonNode.Parse(transport.Requests[1].Body)!["NextToken"]!.GetValue<string>(), Is.EqualTo("page-2"));
    }

    [TestCase("{\"__type\":\"com.amazonaws.cloudwatch#InvalidParameterValueException\",\"message\":\"Period must be 60\"}", "InvalidParameterValueException", "Period must be 60")]
    [TestCase("{\"__type\":\"AccessDeniedException\",\"Message\":\"not authorized to perform: cloudwatch:GetMetricData\"}", "AccessDeniedException", "not authorized to perform: cloudwatch:GetMetricData")]
    [TestCase("<html>Bad gateway</html>", "Http400", "<html>Bad gateway</html>")]
    public void GetMetricData_Refused_ThrowsTheServicesWords(string body, string code, string message)
    {
        // Given
        using var client = Client(new ScriptedHandler((HttpStatusCode.BadRequest, body)));

        // When
        var error = Assert.ThrowsAsync<CloudWatchException>(() => client.GetMetricDataAsync(Request()));

        // Then
        Assert.That((error!.ErrorCode, error.ServiceMessage, error.StatusCode, error.RequestId), Is.EqualTo((code, message, HttpStatusCode.BadRequest, "scripted-request")));
    }

    [Test]
    public void GetMetricData_WithoutARequest_NamesTheArgument()
    {
        using var client = Client(new ScriptedHandler());

        var error = Assert.ThrowsAsync<ArgumentNullException>(() => client.GetMetricDataAsync(null!));

        Assert.That(error!.ParamName, Is.EqualTo("request"));
    }

    private static CloudWatchClient Client(HttpMessageHandler transport) => new(new CloudWatchClientOptions
    {
        Region = "us-east-1",
        Endpoint = new Uri("http://127.0.0.1:9"),
        Credentials = new BasicAWSCredentials("AKIATEST", "test-secret"),
        Transport = transport,
        RetryPolicy = new RetryPolicy { MaxAttempts = 1 },
    });
}
