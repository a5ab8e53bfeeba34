using YamlDotNet.RepresentationModel;

namespace Build.Tests.Workflows;

/// <summary>A workflow or a local action under .github/, read as YAML for the tests to walk.</summary>
internal sealed class GitHubFile
{
    private GitHubFile(string path)
    {
        Path = path;
        var yaml = new YamlStream();
        using (var reader = File.OpenText(path))
        {
            yaml.Load(reader);
        }

        Root = (YamlMappingNode)yaml.Documents[0].RootNode;
    }

    public static string WorkflowFolder { get; } = System.IO.Path.Combine(RepositoryRoot.Path, ".github", "workflows");

    /// <summary>The file names of every workflow, e.g. beta.yml.</summary>
    public static IReadOnlyList<string> WorkflowNames { get; } =
        Directory.GetFiles(WorkflowFolder, "*.yml").Select(System.IO.Path.GetFileName).Order().ToList()!;

    /// <summary>Every workflow and every local action (.github/actions/*/action.yml).</summary>
    public static IEnumerable<GitHubFile> All =>
        WorkflowNames.Select(Workflow).Concat(
            Directory.GetFiles(System.IO.Path.Combine(RepositoryRoot.Path, ".github", "actions"), "action.yml", SearchOption.AllDirectories)
                .Select(path => new GitHubFile(path)));

    public string Path { get; }

    public string Name => System.IO.Path.GetRelativePath(RepositoryRoot.Path, Path);

    public YamlMappingNode Root { get; }

    public IReadOnlyDictionary<string, YamlMappingNode> Jobs =>
        Root.Node("jobs")?.Entries().ToDictionary(job => job.Key, job => (YamlMappingNode)job.Value) ?? [];

    /// <summary>Every step of every job, or of a composite action.</summary>
    public IEnumerable<YamlMappingNode> Steps =>
        Jobs.Values.Select(job => job.Node("steps")).Append(Root.Node("runs", "steps"))
            .OfType<YamlSequenceNode>().SelectMany(steps => steps.Children.Cast<YamlMappingNode>());

    public static GitHubFile Workflow(string name) => new(System.IO.Path.Combine(WorkflowFolder, name));

    public override string ToString() => Name;
}
