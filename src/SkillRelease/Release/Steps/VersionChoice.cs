namespace SkillRelease.Release.Steps;

/// <summary>Either a version that exists, or the one an earlier step of the plan publishes (known after apply).</summary>
public sealed record VersionChoice(string? Number)
{
    public static VersionChoice JustPublished { get; } = new((string?)null);

    public string Resolve(StepContext context) =>
        Number ?? context.PublishedVersion ?? throw new InvalidOperationException("The plan names the version it publishes before publishing it.");

    public override string ToString() => Number is null ? "the new version" : $"version {Number}";
}
