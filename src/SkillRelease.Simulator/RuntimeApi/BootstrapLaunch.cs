using SkillRelease.Lambda;

namespace SkillRelease.Simulator.RuntimeApi;

/// <summary>
/// What Lambda knows when it starts a runtime process: the unpacked package, the command, the function's
/// configuration and its environment variables.
/// </summary>
/// <param name="TaskRoot">The unpacked package: the working directory and <c>LAMBDA_TASK_ROOT</c>.</param>
/// <param name="FileName">The executable to start.</param>
/// <param name="Arguments">Its arguments.</param>
public sealed record BootstrapLaunch(string TaskRoot, string FileName, IReadOnlyList<string> Arguments)
{
    /// <summary>The function's handler string, given to the process as <c>_HANDLER</c>.</summary>
    public string Handler { get; init; } = "bootstrap";

    public string FunctionName { get; init; } = "boston-info";

    public string FunctionVersion { get; init; } = LambdaWire.LatestVersion;

    public int MemorySizeMb { get; init; } = 512;

    public string Region { get; init; } = "us-east-1";

    /// <summary>The function's own environment variables (its configuration), added after Lambda's.</summary>
    public IReadOnlyDictionary<string, string> Variables { get; init; } = new Dictionary<string, string>();

    /// <summary>A <c>provided.al2023</c> package: Lambda runs the executable <c>bootstrap</c> at the package's root.</summary>
    public static BootstrapLaunch CustomRuntime(string taskRoot) =>
        new(taskRoot, Path.Combine(taskRoot, "bootstrap"), []);

    /// <summary>
    /// The same Runtime API loop, framework-dependent and JIT-compiled: <c>dotnet &lt;assembly&gt;</c> in the package
    /// folder, which is how the benchmark compares the Native AOT bootstrap with a JIT start of the same code.
    /// </summary>
    public static BootstrapLaunch Dotnet(string taskRoot, string assemblyFileName, string dotnetHost) =>
        new(taskRoot, dotnetHost, [Path.Combine(taskRoot, assemblyFileName)]) { Handler = assemblyFileName };

    /// <summary>The variables Lambda sets for every runtime (lambda-contract.md §4.3), then <see cref="Variables"/>.</summary>
    public IReadOnlyDictionary<string, string> Environment(string runtimeApiAddress)
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["AWS_LAMBDA_RUNTIME_API"] = runtimeApiAddress,
            ["_HANDLER"] = Handler,
            ["LAMBDA_TASK_ROOT"] = TaskRoot,
            ["AWS_LAMBDA_FUNCTION_NAME"] = FunctionName,
            ["AWS_LAMBDA_FUNCTION_VERSION"] = FunctionVersion,
            ["AWS_LAMBDA_FUNCTION_MEMORY_SIZE"] = MemorySizeMb.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["AWS_REGION"] = Region,
            ["AWS_DEFAULT_REGION"] = Region,
            ["TZ"] = ":UTC",
            ["LANG"] = "en_US.UTF-8",
            ["PATH"] = "/usr/local/bin:/usr/bin/:/bin:/opt/bin",
        };
        foreach (var (name, value) in Variables)
        {
            environment[name] = value;
        }

        return environment;
    }
}
