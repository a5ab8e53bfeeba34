using SkillRelease.Lambda.Model;

namespace SkillRelease.Release.Steps;

/// <summary>Publishes <c>$LATEST</c> as a version, only if it still holds the code we mean (CodeSha256 guard).</summary>
public sealed record PublishVersion(string CodeSha256, string VersionDescription, string? RevisionId) : Step
{
    public override string Description => $"publish $LATEST ({CodeSha256}) as a version \"{VersionDescription}\"";

    public override string Replaces => "Lambda console → Actions → Publish new version, described with the date";

    public override async Task ApplyAsync(StepContext context, CancellationToken cancellationToken)
    {
        var version = await context.Services.Lambda.PublishVersionAsync(
            new PublishVersionRequest { FunctionName = context.FunctionName, CodeSha256 = CodeSha256, Description = VersionDescription, RevisionId = RevisionId },
            cancellationToken).ConfigureAwait(false);
        context.PublishedVersion = version.Version;
        context.Logger.LogInformationLine($"  published version {version.Version}");
    }
}
