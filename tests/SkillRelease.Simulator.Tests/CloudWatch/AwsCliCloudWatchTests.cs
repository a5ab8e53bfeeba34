using System.Globalization;
using System.Text.Json.Nodes;

namespace SkillRelease.Simulator.Tests.CloudWatch;

/// <summary>
/// The AWS CLI (botocore 1.43, AWS JSON 1.0, signed for "monitoring") reads the simulated CloudWatch: a weighted
/// alias's synthetic invocations per ExecutedVersion, with the injected error rate on the new version only.
/// </summary>
public sealed class AwsCliCloudWatchTests
{
    private SkillSimulator _simulator = null!;

    [SetUp]
    public async Task StartAsync()
    {
        AwsCli.RequireInstalled();
        _simulator = await SkillSimulator.StartAsync(new SimulatorOptions { CanaryErrorRate = 0.2, CanaryInvocationsPerMinute = 60_000 }, CancellationToken.None);
    }

    [TearDown]
    public async Task StopAsync() => await _simulator.DisposeAsync();

    [Test]
    public async Task GetMetricData_OfACanary_CountsTheNewVersionsInvocationsAndErrors()
    {
        // Given: alias live on version 1 with 10% on version 2, for a while
        var aws = new AwsCli(_simulator.ClientEnvironment);
        var function = _simulator.Options.FunctionName;
        var start = DateTimeOffset.UtcNow.AddMinutes(-1);
        Assert.That((await aws.LambdaAsync("publish-version", "--function-name", function)).ExitCode, Is.Zero);
        _simulator.Lambda.ReplaceCode("release 1.1.0"u8.ToArray());
        Assert.That((await aws.LambdaAsync("publish-version", "--function-name", function)).ExitCode, Is.Zero);
        var created = await aws.LambdaAsync("create-alias", "--function-name", function, "--name", "live", "--function-version", "1", "--routing-config", "{\"AdditionalVersionWeights\":{\"2\":0.1}}");
        Assert.That(created.ExitCode, Is.Zero, created.Errors);
        await Task.Delay(TimeSpan.FromSeconds(1));

        // When
        var (exitCode, output, errors) = await aws.CloudWatchAsync(
            "get-metric-data", "--start-time", Iso(start), "--end-time", Iso(DateTimeOffset.UtcNow.AddMinutes(2)), "--metric-data-queries", Queries(function));

        // Then
        Assert.That(exitCode, Is.Zero, errors);
        var (canaryInvocations, canaryErrors, primaryInvocations, primaryErrors, other) = (Sum(output!, "ci"), Sum(output!, "ce"), Sum(output!, "pi"), Sum(output!, "pe"), Sum(output!, "none"));
        Assert.That(canaryInvocations, Is.GreaterThanOrEqualTo(100));
        Assert.That(canaryErrors / canaryInvocations, Is.EqualTo(0.2).Within(0.02));
        Assert.That(primaryInvocations / canaryInvocations, Is.EqualTo(9).Within(1));
        Assert.That((primaryErrors, other), Is.EqualTo((0.0, 0.0)));
    }

    [Test]
    public async Task GetMetricData_WithoutAQuerysMetricStat_IsRefusedInCloudWatchsWords()
    {
        var aws = new AwsCli(_simulator.ClientEnvironment);

        var (exitCode, _, errors) = await aws.CloudWatchAsync(
            "get-metric-data", "--start-time", "2026-01-01T00:00:00Z", "--end-time", "2026-01-01T01:00:00Z", "--metric-data-queries", "[{\"Id\":\"e\",\"Expression\":\"SUM(METRICS())\"}]");

        Assert.That(exitCode, Is.Not.Zero);
        Assert.That(errors, Does.Contain("InvalidParameterValue").And.Contain("MetricStat is required"));
    }

    private static string Queries(string function)
    {
        JsonObject Query(string id, string metric, string version, bool withVersion = true) => new()
        {
            ["Id"] = id,
            ["MetricStat"] = new JsonObject
            {
                ["Metric"] = new JsonObject
                {
                    ["Namespace"] = "AWS/Lambda",
                    ["MetricName"] = metric,
                    ["Dimensions"] = new JsonArray(new[] { ("FunctionName", function), ("Resource", function + ":live"), ("ExecutedVersion", version) }
                        .Where(d => withVersion || d.Item1 != "ExecutedVersion")
                        .Select(d => (JsonNode)new JsonObject { ["Name"] = d.Item1, ["Value"] = d.Item2 }).ToArray()),
                },
                ["Period"] = 60,
                ["Stat"] = "Sum",
            },
        };

        // "none" names the alias without ExecutedVersion: another metric, which this simulator leaves empty.
        return new JsonArray(Query("ci", "Invocations", "2"), Query("ce", "Errors", "2"), Query("pi", "Invocations", "1"), Query("pe", "Errors", "1"), Query("none", "Invocations", "2", withVersion: false)).ToJsonString();
    }

    private static double Sum(JsonNode output, string id) =>
        output["MetricDataResults"]!.AsArray().Single(r => r!["Id"]!.GetValue<string>() == id)!["Values"]!.AsArray().Sum(v => v!.GetValue<double>());

    private static string Iso(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
