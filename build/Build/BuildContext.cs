using Build.CityServices;
using Build.Packaging;
using Build.Release;
using Cake.Common;
using Cake.Core;
using Cake.Core.IO;
using Cake.Frosting;

namespace Build;

/// <summary>
/// Everything the tasks need to know, read once from the arguments and the repository layout. Tasks never read
/// the environment or parse arguments themselves.
/// </summary>
public sealed class BuildContext : FrostingContext
{
    public BuildContext(ICakeContext context)
        : base(context)
    {
        Root = context.Environment.WorkingDirectory;
        Artifacts = Root.Combine("artifacts");
        TestResults = Artifacts.Combine("test-results");
        Solution = Root.CombineWithFilePath("BostonInfo.slnx");
        SkillProject = Root.CombineWithFilePath("src/BostonInfo.Skill/BostonInfo.Skill.csproj");
        BootstrapProject = Root.CombineWithFilePath("src/BostonInfo.Skill.Bootstrap/BostonInfo.Skill.Bootstrap.csproj");
        FunctionDefinition = Root.CombineWithFilePath("src/BostonInfo.Skill/function.json");
        ManagedPackage = Artifacts.CombineWithFilePath("boston-info-skill.zip");
        AotPackage = Artifacts.CombineWithFilePath("boston-info-skill-aot.zip");
        PackageRuntime = context.Argument("runtime", "managed").ToLowerInvariant() switch
        {
            "managed" => LambdaRuntime.Managed,
            "aot" => LambdaRuntime.Aot,
            var other => throw new ArgumentException($"--runtime '{other}' is not known: use 'managed' (dotnet10) or 'aot' (provided.al2023)."),
        };
        BuildConfiguration = context.Argument("configuration", "Release");
        Port = context.Argument("port", 8080);
        SkillPackageDirectory = Root.Combine("skill-package");
        DryRun = context.HasArgument("dryrun");
        EnvironmentVariables = context.Environment.GetEnvironmentVariables()
            .ToDictionary(pair => pair.Key, pair => (string?)pair.Value, StringComparer.Ordinal);
        Release = new ReleaseArguments(context, EnvironmentVariables);
        Offline = context.HasArgument("offline");
        BenchSection = context.Argument("bench-section", string.Empty);
        CityServices = new CityServicesArguments(context, EnvironmentVariables);
    }

    /// <summary>The repository root (build.sh changes to it before starting the program).</summary>
    public DirectoryPath Root { get; }

    /// <summary>Everything the build writes: packages, publish folders, test results. Git-ignored.</summary>
    public DirectoryPath Artifacts { get; }

    public DirectoryPath TestResults { get; }

    public FilePath Solution { get; }

    public FilePath SkillProject { get; }

    /// <summary>The Native AOT entry point: our own Runtime API loop around the same Function.</summary>
    public FilePath BootstrapProject { get; }

    /// <summary>The Lambda function's declared configuration, which the release tasks apply and the package kind follows.</summary>
    public FilePath FunctionDefinition { get; }

    /// <summary>The zip for the managed <c>dotnet10</c> runtime that <c>package</c> writes.</summary>
    public FilePath ManagedPackage { get; }

    /// <summary>The zip for <c>provided.al2023</c> that <c>package --runtime aot</c> writes.</summary>
    public FilePath AotPackage { get; }

    /// <summary><c>--runtime managed|aot</c> for <c>package</c>.</summary>
    public LambdaRuntime PackageRuntime { get; }

    /// <summary><c>--configuration</c>, Release unless told otherwise. (Not "Configuration": Cake's context has one.)</summary>
    public string BuildConfiguration { get; }

    /// <summary><c>--port</c> for <c>serve</c> and <c>simulate</c>.</summary>
    public int Port { get; }

    /// <summary>The ASK CLI layout: skill.json and interactionModels/custom/&lt;locale&gt;.json.</summary>
    public DirectoryPath SkillPackageDirectory { get; }

    /// <summary><c>--dryrun</c>: release tasks print their plan and write nothing remote.</summary>
    public bool DryRun { get; }

    /// <summary>The process environment, read once (release settings, GitHub Actions variables).</summary>
    public IReadOnlyDictionary<string, string?> EnvironmentVariables { get; }

    /// <summary>The release tasks' own switches (--tag, --publish, --canary-percent, …).</summary>
    public ReleaseArguments Release { get; }

    public bool InGitHubActions => EnvironmentVariables.GetValueOrDefault("GITHUB_ACTIONS") == "true";
    /// <summary><c>--offline</c> for <c>serve</c>: the city services are the loopback fixture server.</summary>
    public bool Offline { get; }

    /// <summary><c>--bench-section</c>: run only the bench sections whose title contains it (empty: all).</summary>
    public string BenchSection { get; }

    /// <summary>check-city-services' settings.</summary>
    public CityServicesArguments CityServices { get; }
}
