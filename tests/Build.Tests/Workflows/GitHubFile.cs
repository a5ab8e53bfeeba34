using YamlDotNet.RepresentationModel;

namespace Build.Tests.Workflows;

/// <summary>A workflow or a local action under .github/, read as YAML for the tests to walk.</summary>
internal sealed class GitHubFile
{
    private GitHubFile(string path)
    {
        Path = path;
        Text = File.ReadAllText(path);
        var yaml = new YamlStream();
        using (var reader = new StringReader(Text))
        {
            yaml.Load(reader);
        }

        Root = (YamlMappingNode)yaml.Documents[0].RootNode;
    }

    public static string WorkflowFolder { get; } = System.IO.Path.Combine(RepositoryFiles.Root, ".github", "workflows");

    /// <summary>The file names of every workflow, e.g. beta.yml.</summary>
    public static IReadOnlyList<string> WorkflowNames { get; } =
        Directory.GetFiles(WorkflowFolder, "*.yml").Select(System.IO.Path.GetFileName).Order().ToList()!;

    /// <summary>Every workflow and every local action (.github/actions/*/action.yml).</summary>
    public static IEnumerable<GitHubFile> All =>
        WorkflowNames.Select(Workflow).Concat(
            Directory.GetFiles(System.IO.Path.Combine(RepositoryFiles.Root, ".github", "actions"), "action.yml", SearchOption.AllDirectories)
                .Select(path => new GitHubFile(path)));

    /// <summary>The workflows that events start (all but those only other workflows call).</summary>
    public static IReadOnlyList<string> TriggeredWorkflowNames { get; } =
        WorkflowNames.Where(name => Workflow(name).Triggers.Any(trigger => trigger != "workflow_call")).ToList();

    public string Path { get; }

    public string Name => System.IO.Path.GetRelativePath(RepositoryFiles.Root, Path);

    public YamlMappingNode Root { get; }

    /// <summary>The file as written, for what YAML drops (comments).</summary>
    public string Text { get; }

    /// <summary>The workflow's own concurrency, then each job's, with where each one sits.</summary>
    public IEnumerable<(string Where, YamlNode Concurrency)> Concurrencies =>
        new[] { ("workflow", Root.Node("concurrency")) }
            .Concat(Jobs.Select(job => ($"job {job.Key}", job.Value.Node("concurrency"))))
            .Where(entry => entry.Item2 is not null)
            .Select(entry => (entry.Item1, entry.Item2!));

    public IReadOnlyDictionary<string, YamlMappingNode> Jobs =>
        Root.Node("jobs")?.Entries().ToDictionary(job => job.Key, job => (YamlMappingNode)job.Value) ?? [];

    /// <summary>The events under <c>on:</c>.</summary>
    public IReadOnlyList<string> Triggers => Root.Node("on").Entries().Select(entry => entry.Key).ToList();

    /// <summary>The jobs that run a build target through the reusable release-task workflow.</summary>
    public IEnumerable<YamlMappingNode> ReleaseTaskCalls =>
        Jobs.Values.Where(job => job.Text("uses") == "./.github/workflows/release-task.yml");

    /// <summary>The inputs a person fills in when starting the workflow by hand.</summary>
    public IEnumerable<string> DispatchInputs => Root.Node("on", "workflow_dispatch", "inputs").Entries().Select(entry => entry.Key);

    /// <summary>Every step of every job, or of a composite action.</summary>
    public IEnumerable<YamlMappingNode> Steps =>
        Jobs.Values.Select(job => job.Node("steps")).Append(Root.Node("runs", "steps"))
            .OfType<YamlSequenceNode>().SelectMany(steps => steps.Children.Cast<YamlMappingNode>());

    public static GitHubFile Workflow(string name) => new(System.IO.Path.Combine(WorkflowFolder, name));

    /// <summary>The file at <paramref name="name"/>, relative to the repository root (a <see cref="Name"/>).</summary>
    public static GitHubFile Load(string name) => new(System.IO.Path.Combine(RepositoryFiles.Root, name));

    public override string ToString() => Name;
}
