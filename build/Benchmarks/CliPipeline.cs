using System.Text.Json.Nodes;
using SkillRelease.Simulator;

namespace Benchmarks;

/// <summary>
/// deploy-latest, then cut-release, as a shell script would do them with the AWS CLI and the ASK CLI: one process
/// per call, each polled status read once (the simulator's work takes no time). Documents the script would build
/// with jq are written beforehand and not timed, which favours the CLI side.
/// </summary>
/// <param name="options">The simulator the script runs against (with or without latency per call).</param>
public sealed class CliPipeline(CliTools tools, SimulatorOptions options, TimeProvider time)
{
    public async Task<IReadOnlyList<PipelineFigure>> MeasureAsync(string zipPath, string skillPackageDirectory, CancellationToken cancellationToken)
    {
        await using var simulator = await SkillSimulator.StartAsync(options, cancellationToken);
        var home = Directory.CreateTempSubdirectory("bench-cli-").FullName;
        try
        {
            var script = new CliScript(tools, simulator, home, time, cancellationToken);
            var functionArn = $"arn:aws:lambda:{options.Region}:{options.AccountId}:function:{options.FunctionName}";
            var manifest = Path.Combine(skillPackageDirectory, "skill.json");
            var model = Path.Combine(skillPackageDirectory, "interactionModels", "custom", "en-US.json");
            var latestManifest = WriteManifest(home, "latest.json", manifest, functionArn);
            var aliasManifest = WriteManifest(home, "alias.json", manifest, functionArn + ":blue");
            var skillId = options.SkillId;
            var function = options.FunctionName;

            var deploy = await script.MeasureAsync("deploy-latest", async () =>
            {
                await script.AwsAsync("get-function", "--function-name", function);
                await script.AwsAsync("update-function-code", "--function-name", function, "--zip-file", "fileb://" + zipPath);
                await script.AwsAsync("wait", "function-updated", "--function-name", function);
                // A fresh function has no Alexa trigger, and SMAPI refuses an endpoint without one (the engine grants it too).
                await script.AwsAsync("add-permission", "--function-name", function, "--statement-id", "alexa-skill-function",
                    "--action", "lambda:InvokeFunction", "--principal", "alexa-appkit.amazon.com", "--event-source-token", skillId);
                await script.AskAsync("get-skill-manifest", "-s", skillId);
                await script.AskAsync("update-skill-manifest", "-s", skillId, "--manifest", "file:" + latestManifest);
                await script.AskAsync("set-interaction-model", "-s", skillId, "-l", "en-US", "--interaction-model", "file:" + model);
                await script.AskAsync("get-skill-status", "-s", skillId);
            });
            var cut = await script.MeasureAsync("cut-release", async () =>
            {
                var version = JsonNode.Parse(await script.AwsAsync("publish-version", "--function-name", function, "--description", "v1.0.0"))!["Version"]!.GetValue<string>();
                await script.AwsAsync("create-alias", "--function-name", function, "--name", "blue", "--function-version", version);
                await script.AwsAsync("add-permission", "--function-name", function, "--qualifier", "blue", "--statement-id", "alexa-skill-blue",
                    "--action", "lambda:InvokeFunction", "--principal", "alexa-appkit.amazon.com", "--event-source-token", skillId);
                await script.AskAsync("get-skill-manifest", "-s", skillId);
                await script.AskAsync("update-skill-manifest", "-s", skillId, "--manifest", "file:" + aliasManifest);
                await script.AskAsync("get-skill-status", "-s", skillId);
                var validation = JsonNode.Parse(await script.AskAsync("submit-skill-validation", "-s", skillId, "-l", "en-US", "-g", "development"))!["id"]!.GetValue<string>();
                await script.AskAsync("get-skill-validations", "-s", skillId, "--validation-id", validation, "-g", "development");
                await script.AskAsync("submit-skill-for-certification", "-s", skillId, "--publication-method", "MANUAL_PUBLISHING", "--version-message", "v1.0.0");
            });
            return [deploy, cut];
        }
        finally
        {
            Directory.Delete(home, recursive: true);
        }
    }

    /// <summary>skill.json with its endpoint pointed at <paramref name="endpointArn"/>, as the script's jq would write it.</summary>
    private static string WriteManifest(string folder, string name, string manifestPath, string endpointArn)
    {
        var envelope = JsonNode.Parse(File.ReadAllText(manifestPath))!;
        envelope["manifest"]!["apis"]!["custom"]!["endpoint"] = new JsonObject { ["uri"] = endpointArn };
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, envelope.ToJsonString());
        return path;
    }
}
