using System.Globalization;
using System.Text.Json.Nodes;

namespace SkillRelease.Simulator.Lambda;

/// <summary>The JSON Lambda answers with (service model shapes FunctionConfiguration, AliasConfiguration, …).
/// Absent values are left out, as Lambda does.</summary>
internal static class LambdaShapes
{
    public static JsonObject Configuration(FunctionVersion version, string functionName, string arn)
    {
        var json = new JsonObject
        {
            ["FunctionName"] = functionName,
            ["FunctionArn"] = arn,
            ["Runtime"] = version.Runtime,
            ["Role"] = version.Role,
            ["Handler"] = version.Handler,
            ["CodeSize"] = version.CodeSize,
            ["Description"] = version.Description,
            ["Timeout"] = version.Timeout,
            ["MemorySize"] = version.MemorySize,
            ["LastModified"] = version.LastModified.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'+0000'", CultureInfo.InvariantCulture),
            ["CodeSha256"] = version.CodeSha256,
            ["Version"] = version.Version,
            ["TracingConfig"] = new JsonObject { ["Mode"] = "PassThrough" },
            ["RevisionId"] = version.RevisionId,
            ["State"] = version.State,
            ["LastUpdateStatus"] = version.LastUpdateStatus,
            ["PackageType"] = "Zip",
            ["Architectures"] = new JsonArray(version.Architecture),
            ["EphemeralStorage"] = new JsonObject { ["Size"] = 512 },
            ["SnapStart"] = new JsonObject { ["ApplyOn"] = "None", ["OptimizationStatus"] = "Off" },
        };
        // Lambda leaves Environment out when the function has no variables.
        if (version.Environment.Count > 0)
        {
            var variables = new JsonObject();
            foreach (var (name, value) in version.Environment)
            {
                variables[name] = value;
            }

            json["Environment"] = new JsonObject { ["Variables"] = variables };
        }

        if (version.LastUpdateStatusReason is not null)
        {
            json["LastUpdateStatusReason"] = version.LastUpdateStatusReason;
            json["LastUpdateStatusReasonCode"] = version.LastUpdateStatusReasonCode;
        }

        return json;
    }

    public static JsonObject Function(FunctionVersion version, string functionName, string arn, string region) => new()
    {
        ["Configuration"] = Configuration(version, functionName, arn),
        ["Code"] = new JsonObject
        {
            ["RepositoryType"] = "S3",
            // Real Lambda hands out a presigned S3 URL valid for 10 minutes; nothing here downloads it.
            ["Location"] = $"https://awslambda-{region}-tasks.s3.{region}.amazonaws.com/snapshots/{functionName}-{version.RevisionId}",
        },
    };

    public static JsonObject Alias(FunctionAlias alias, string aliasArn)
    {
        var json = new JsonObject
        {
            ["AliasArn"] = aliasArn,
            ["Name"] = alias.Name,
            ["FunctionVersion"] = alias.FunctionVersion,
            ["Description"] = alias.Description,
            ["RevisionId"] = alias.RevisionId,
        };
        // A cleared canary keeps an empty RoutingConfig, as moto shows it.
        if (alias.AdditionalVersionWeights is { } additional)
        {
            var weights = new JsonObject();
            foreach (var (version, weight) in additional)
            {
                weights[version] = weight;
            }

            json["RoutingConfig"] = new JsonObject { ["AdditionalVersionWeights"] = weights };
        }

        return json;
    }

    public static JsonObject Policy(ResourcePolicy policy)
    {
        var document = new JsonObject
        {
            ["Version"] = "2012-10-17",
            ["Id"] = "default",
            ["Statement"] = new JsonArray([.. policy.Statements.Select(s => (JsonNode)s.ToJson())]),
        };
        return new JsonObject { ["Policy"] = document.ToJsonString(), ["RevisionId"] = policy.RevisionId };
    }

    /// <summary>One page of a list, with NextMarker (an opaque position) only when more follow.</summary>
    public static JsonObject Page<T>(string member, IReadOnlyList<T> items, string? marker, Func<T, JsonNode> shape)
    {
        var start = int.TryParse(marker, NumberStyles.None, CultureInfo.InvariantCulture, out var position) ? position : 0;
        var page = items.Skip(start).Take(PageSize).ToList();
        var json = new JsonObject { [member] = new JsonArray([.. page.Select(shape)]) };
        if (start + page.Count < items.Count)
        {
            json["NextMarker"] = (start + page.Count).ToString(CultureInfo.InvariantCulture);
        }

        return json;
    }

    /// <summary>Lambda's ceiling for ListVersionsByFunction; used for ListAliases too so paging is exercised there as well.</summary>
    public const int PageSize = 50;
}
