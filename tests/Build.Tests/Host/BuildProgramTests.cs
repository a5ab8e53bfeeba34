using System.Reflection;
using Cake.Frosting;

namespace Build.Tests.Host;

/// <summary>The real build program, run as build.sh runs it.</summary>
public sealed class BuildProgramTests
{
    private static readonly Type[] TaskTypes = typeof(BuildContext).Assembly.GetTypes()
        .Where(type => typeof(IFrostingTask).IsAssignableFrom(type) && !type.IsAbstract)
        .ToArray();

    [Test]
    public void EveryTask_HasAKebabCaseNameAndADescription()
    {
        Assert.That(TaskTypes, Is.Not.Empty);
        Assert.Multiple(() =>
        {
            foreach (var type in TaskTypes)
            {
                var name = type.GetCustomAttribute<TaskNameAttribute>()?.Name;
                Assert.That(name, Does.Match("^([a-z]+(-[a-z]+)*|Default)$"), type.Name);
                Assert.That(type.GetCustomAttribute<TaskDescriptionAttribute>()?.Description, Is.Not.Null.And.Not.Empty, type.Name);
                Assert.That(type.Name, Does.EndWith("Task"), "one class per task, named for it");
            }
        });
    }

    [Test]
    public async Task Description_ListsTheFoundationTasks()
    {
        var (exitCode, output) = await BuildProgram.RunAsync("--description");

        Assert.That(exitCode, Is.EqualTo(0), output);
        foreach (var task in new[] { "clean", "build", "test", "package", "serve" })
        {
            Assert.That(output, Does.Match($@"(?m)^\s+{task}\s"), $"--description should list '{task}'");
        }
    }

    [Test]
    public async Task DryRun_OfPackage_RunsNothing()
    {
        var artifacts = Path.Combine(RepositoryFiles.Root, "artifacts", "boston-info-skill.zip");
        var before = File.Exists(artifacts) ? File.GetLastWriteTimeUtc(artifacts) : (DateTime?)null;

        var (exitCode, output) = await BuildProgram.RunAsync("--target", "package", "--dryrun");

        Assert.That(exitCode, Is.EqualTo(0), output);
        Assert.That(output, Does.Contain("No tasks were actually executed"));
        Assert.That(File.Exists(artifacts) ? File.GetLastWriteTimeUtc(artifacts) : (DateTime?)null, Is.EqualTo(before));
    }
}
