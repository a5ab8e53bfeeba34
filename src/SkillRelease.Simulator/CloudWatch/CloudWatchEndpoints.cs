using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using SkillRelease.CloudWatch;
using SkillRelease.Http;
using SkillRelease.Simulator.Faults;
using SkillRelease.Simulator.Lambda;

namespace SkillRelease.Simulator.CloudWatch;

/// <summary>
/// GetMetricData over AWS JSON 1.0 at POST / (<see cref="CloudWatchWire"/>), SigV4-checked with the signing name
/// <c>monitoring</c>. A query names a metric by its exact dimension set, as in CloudWatch: the AWS/Lambda
/// <c>Invocations</c> and <c>Errors</c> of FunctionName + Resource (<c>function:alias</c>) + ExecutedVersion have
/// data (<see cref="SyntheticLambdaMetrics"/>); any other metric, statistic or dimension set is an empty series.
/// </summary>
internal sealed class CloudWatchEndpoints(SyntheticLambdaMetrics metrics, SigV4Verifier verifier, SimulatorOptions options)
{
    /// <summary>GetMetricData's limit of datapoints per call.</summary>
    private const int MaxDatapoints = 100_800;

    public void Map(IEndpointRouteBuilder routes) =>
        // STS answers form posts at the same path: the content type tells them apart.
        routes.MapPost("/", GetMetricDataAsync).WithMetadata(new AcceptsMetadata([CloudWatchWire.ContentType])).WithOperation("cloudwatch", CloudWatchWire.GetMetricData);

    /// <summary>Writes an AWS JSON 1.0 error: <c>__type</c> and <c>message</c>, and the query-compatible code in a header.</summary>
    public static Task WriteErrorAsync(HttpContext context, int status, string code, string message) =>
        WriteErrorAsync(context, new SimulatedCloudWatchError(status, code, code.EndsWith("Exception", StringComparison.Ordinal) ? code[..^"Exception".Length] : code, message));

    private static Task WriteErrorAsync(HttpContext context, SimulatedCloudWatchError error)
    {
        context.Response.Headers.TryAdd(CloudWatchWire.RequestIdHeader, Guid.NewGuid().ToString());
        context.Response.StatusCode = error.Status;
        context.Response.Headers[CloudWatchWire.QueryErrorHeader] = $"{error.QueryCode};{(error.Status >= 500 ? "Receiver" : "Sender")}";
        context.Response.ContentType = CloudWatchWire.ContentType;
        return context.Response.WriteAsync(new JsonObject { [AwsWire.ErrorTypeField] = "com.amazonaws.cloudwatch#" + error.Type, ["message"] = error.Message }.ToJsonString());
    }

    private async Task GetMetricDataAsync(HttpContext context)
    {
        context.Response.Headers.TryAdd(CloudWatchWire.RequestIdHeader, Guid.NewGuid().ToString());
        try
        {
            var body = await LambdaRequestBody.CaptureAsync(context);
            verifier.Verify(context.Request, body);
            var target = context.Request.Headers[CloudWatchWire.TargetHeader].ToString();
            if (target != CloudWatchWire.TargetPrefix + CloudWatchWire.GetMetricData)
            {
                throw new SimulatedCloudWatchError(400, "UnknownOperationException", "UnknownOperation", $"The simulated CloudWatch serves only GetMetricData, not '{target}'.");
            }

            var answer = Answer(Parse(body));
            context.Response.ContentType = CloudWatchWire.ContentType;
            await context.Response.WriteAsync(answer.ToJsonString());
        }
        catch (SimulatedCloudWatchError error)
        {
            await WriteErrorAsync(context, error);
        }
        catch (SimulatedLambdaError error)
        {
            // The signature check's refusals, in CloudWatch's shape.
            await WriteErrorAsync(context, new SimulatedCloudWatchError(error.Status, error.Type, error.Type.Replace("Exception", "", StringComparison.Ordinal), error.Message));
        }
    }

    private static JsonObject Parse(byte[] body)
    {
        try
        {
            return JsonNode.Parse(body) as JsonObject ?? throw new JsonException("not an object");
        }
        catch (JsonException exception)
        {
            throw new SimulatedCloudWatchError(400, "SerializationException", "SerializationException", $"Could not parse the request body: {exception.Message}");
        }
    }

    private JsonObject Answer(JsonObject request)
    {
        var start = Time(request, "StartTime");
        var end = Time(request, "EndTime");
        if (end <= start)
        {
            throw SimulatedCloudWatchError.InvalidParameter("The parameter EndTime must be greater than StartTime.");
        }

        var queries = request["MetricDataQueries"] as JsonArray ?? throw SimulatedCloudWatchError.MissingParameter("The parameter MetricDataQueries is required.");
        var ascending = request["ScanBy"]?.GetValue<string>() == "TimestampAscending";
        var results = new JsonArray();
        foreach (var (query, index) in queries.OfType<JsonObject>().Select((q, i) => (q, i + 1)))
        {
            var id = query["Id"]?.GetValue<string>() ?? throw SimulatedCloudWatchError.MissingParameter($"The parameter MetricDataQueries.member.{index}.Id is required.");
            var stat = query["MetricStat"] as JsonObject ?? throw SimulatedCloudWatchError.InvalidParameter($"The parameter MetricDataQueries.member.{index}.MetricStat is required.");
            var period = stat["Period"]?.GetValue<int>() ?? 0;
            if (period <= 0 || (period > 60 && period % 60 != 0) || (period < 60 && 60 % period != 0))
            {
                throw SimulatedCloudWatchError.InvalidParameter($"The parameter MetricDataQueries.member.{index}.MetricStat.Period must be 1, 5, 10, 20, 30, 60 or a multiple of 60.");
            }

            if ((end - start).TotalSeconds / period > MaxDatapoints)
            {
                throw SimulatedCloudWatchError.InvalidParameter($"You have requested up to {(long)((end - start).TotalSeconds / period)} datapoints, which exceeds the limit of {MaxDatapoints}.");
            }

            var series = Series(stat, Floor(start, period), end, TimeSpan.FromSeconds(period));
            var ordered = ascending ? series : series.Reverse().ToList();
            results.Add(new JsonObject
            {
                ["Id"] = id,
                ["Label"] = stat["Metric"]?["MetricName"]?.GetValue<string>() ?? id,
                ["Timestamps"] = new JsonArray(ordered.Select(p => (JsonNode)JsonValue.Create(p.At.ToUnixTimeSeconds())).ToArray()),
                ["Values"] = new JsonArray(ordered.Select(p => (JsonNode)JsonValue.Create(p.Value)).ToArray()),
                ["StatusCode"] = "Complete",
            });
        }

        return new JsonObject { ["MetricDataResults"] = results, ["Messages"] = new JsonArray() };
    }

    private IReadOnlyList<(DateTimeOffset At, double Value)> Series(JsonObject stat, DateTimeOffset start, DateTimeOffset end, TimeSpan period)
    {
        var metric = stat["Metric"] as JsonObject ?? [];
        var dimensions = (metric["Dimensions"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .ToDictionary(d => d["Name"]?.GetValue<string>() ?? "", d => d["Value"]?.GetValue<string>() ?? "", StringComparer.Ordinal);
        var name = metric["MetricName"]?.GetValue<string>();
        var prefix = options.FunctionName + ":";
        var isLambdaCanaryMetric = metric["Namespace"]?.GetValue<string>() == LambdaMetricNames.Namespace
            && name is LambdaMetricNames.Invocations or LambdaMetricNames.Errors
            && stat["Stat"]?.GetValue<string>() == LambdaMetricNames.SumStatistic
            && dimensions.Count == 3
            && dimensions.GetValueOrDefault(LambdaMetricNames.FunctionNameDimension) == options.FunctionName
            && dimensions.GetValueOrDefault(LambdaMetricNames.ResourceDimension) is { } resource && resource.StartsWith(prefix, StringComparison.Ordinal)
            && dimensions.ContainsKey(LambdaMetricNames.ExecutedVersionDimension);
        return isLambdaCanaryMetric
            ? metrics.Sums(name!, dimensions[LambdaMetricNames.ResourceDimension][prefix.Length..], dimensions[LambdaMetricNames.ExecutedVersionDimension], start, end, period)
            : [];
    }

    private static DateTimeOffset Time(JsonObject request, string name) => request[name] switch
    {
        JsonValue value when value.TryGetValue<double>(out var seconds) => DateTimeOffset.UnixEpoch.AddSeconds(seconds),
        JsonValue value when value.TryGetValue<string>(out var text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) => at,
        _ => throw SimulatedCloudWatchError.MissingParameter($"The parameter {name} is required."),
    };

    /// <summary>CloudWatch rounds the start down to the period.</summary>
    private static DateTimeOffset Floor(DateTimeOffset at, int period) =>
        DateTimeOffset.FromUnixTimeSeconds(at.ToUnixTimeSeconds() / period * period);
}
