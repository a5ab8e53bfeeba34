using Build.Arguments;
using Build.CityServices;
using Build.Hosting;
using Build.Packaging;
using Build.Release;
using Cake.Core;
using Cake.Core.IO;
using Cake.Frosting;

namespace Build;

/// <summary>
/// Everything the tasks need to know, read once from the arguments and the repository layout before any task runs:
/// every bad argument is reported together (<see cref="TaskArgumentsException"/>). Tasks never read the environment,
/// parse arguments or read the clock themselves: they use <see cref="Time"/> and <see cref="CancellationToken"/>.
/// </summary>
public sealed class BuildContext : FrostingContext, IDisposable
{
    /// <summary>The task argument that asks for a plan only (<c>--plan</c>).</summary>
    public const string PlanArgument = "plan";

    private static readonly Dictionary<string, LambdaRuntime> Runtimes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["managed"] = LambdaRuntime.Managed,
        ["aot"] = LambdaRuntime.Aot,
    };

    private readonly StopSignal _stop;

    /// <summary>The program's context: the real clock, and a token that Ctrl+C or SIGTERM cancels.</summary>
    public BuildContext(ICakeContext context)
        : this(context, new StopSignal())
    {
    }

    private BuildContext(ICakeContext context, StopSignal stop)
        : base(context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _stop = stop;
        // The one place the build program takes the real clock; everything else is handed this one.
        Time = TimeProvider.System;
        CancellationToken = stop.Token;
        Root = context.Environment.WorkingDirectory;
        Artifacts = Root.Combine("artifacts");
        TestResults = Artifacts.Combine("test-results");
        Solution = Root.CombineWithFilePath("BostonInfo.slnx");
        SkillProject = Root.CombineWithFilePath("src/BostonInfo.Skill/BostonInfo.Skill.csproj");
        BootstrapProject = Root.CombineWithFilePath("src/BostonInfo.Skill.Bootstrap/BostonInfo.Skill.Bootstrap.csproj");
        FunctionDefinition = Root.CombineWithFilePath("src/BostonInfo.Skill/function.json");
        ManagedPackage = Artifacts.CombineWithFilePath("boston-info-skill.zip");
        AotPackage = Artifacts.CombineWithFilePath("boston-info-skill-aot.zip");
        SkillPackageDirectory = Root.Combine("skill-package");
        EnvironmentVariables = context.Environment.GetEnvironmentVariables()
            .ToDictionary(pair => pair.Key, pair => (string?)pair.Value, StringComparer.Ordinal);

        var arguments = new ArgumentReader(context.Arguments.GetArguments());
        PackageRuntime = arguments.Choice("runtime", LambdaRuntime.Managed, Runtimes, "managed (dotnet10) or aot (provided.al2023)");
        BuildConfiguration = arguments.Text("configuration") ?? "Release";
        Port = arguments.Whole("port", 8080, 0, 65535, "8080");
        Plan = arguments.Flag(PlanArgument);
        Offline = arguments.Flag("offline");
        BenchSection = arguments.Text("bench-section") ?? string.Empty;
        Release = new ReleaseArguments(arguments, EnvironmentVariables, Root.FullPath);
        CityServices = new CityServicesArguments(arguments, EnvironmentVariables);
        arguments.ThrowIfAny();
    }

    /// <summary>The clock every task and the engine read (never <see cref="DateTime.UtcNow"/>).</summary>
    public TimeProvider Time { get; }

    /// <summary>Cancelled by Ctrl+C or SIGTERM (a job cancelled in GitHub Actions): tasks pass it to every call and wait.</summary>
    public CancellationToken CancellationToken { get; }

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

    /// <summary><c>--port</c> for <c>serve</c> and <c>simulate</c> (0: any free port).</summary>
    public int Port { get; }

    /// <summary>The ASK CLI layout: skill.json and interactionModels/custom/&lt;locale&gt;.json.</summary>
    public DirectoryPath SkillPackageDirectory { get; }

    /// <summary>
    /// <c>--plan</c>: the release tasks (<see cref="PlannableAttribute"/>) observe, print their plan and write nothing
    /// remote. Our tasks' own switch, so it works under any Frosting host (<see cref="PlanSwitch"/>).
    /// </summary>
    public bool Plan { get; }

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

    public void Dispose() => _stop.Dispose();
}
