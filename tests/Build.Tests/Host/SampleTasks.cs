using Cake.Common;
using Cake.Core;
using Cake.Frosting;

namespace Build.Tests.Host;

// Tasks the host tests run in-process. Each records what it did in SampleLedger so that tests can assert on order.

public sealed class SampleContext(ICakeContext context) : FrostingContext(context)
{
    public string Greeting { get; } = context.Argument("greeting", "none");
}

[TaskName("sample-compile")]
[TaskDescription("Sample: records that it ran.")]
public sealed class SampleCompileTask : FrostingTask<SampleContext>
{
    public override void Run(SampleContext context) => SampleLedger.Record("compile");
}

[TaskName("sample-verify")]
[TaskDescription("Sample: depends on compile.")]
[IsDependentOn(typeof(SampleCompileTask))]
public sealed class SampleVerifyTask : AsyncFrostingTask<SampleContext>
{
    public override async Task RunAsync(SampleContext context)
    {
        await Task.Yield();
        SampleLedger.Record($"verify greeting={context.Greeting}");
    }
}

[TaskName("sample-explode")]
[TaskDescription("Sample: fails after its dependency ran.")]
[IsDependentOn(typeof(SampleCompileTask))]
public sealed class SampleExplodeTask : FrostingTask<SampleContext>
{
    public override void Run(SampleContext context) =>
        throw new InvalidOperationException("The skill id 'amzn1.ask.skill.x' does not exist: check ALEXA_SKILL_ID.");

    public override void Finally(SampleContext context) => SampleLedger.Record("explode finally");
}

[TaskName("sample-skipped")]
[TaskDescription("Sample: never runs because its criteria say no.")]
public sealed class SampleSkippedTask : FrostingTask<SampleContext>
{
    public override bool ShouldRun(SampleContext context) => false;

    public override void Run(SampleContext context) => SampleLedger.Record("skipped ran");
}

internal static class SampleLedger
{
    private static readonly List<string> Entries = [];

    public static IReadOnlyList<string> Snapshot()
    {
        lock (Entries)
        {
            return [.. Entries];
        }
    }

    public static void Clear()
    {
        lock (Entries)
        {
            Entries.Clear();
        }
    }

    public static void Record(string entry)
    {
        lock (Entries)
        {
            Entries.Add(entry);
        }
    }
}
