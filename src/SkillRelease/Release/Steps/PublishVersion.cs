using SkillRelease.Lambda;
using SkillRelease.Lambda.Model;

namespace SkillRelease.Release.Steps;

/// <summary>Publishes <c>$LATEST</c> as a version, only if it still holds the code we mean (CodeSha256 guard).</summary>
public sealed record PublishVersion(string CodeSha256, string VersionDescription, string? RevisionId) : Step
{
    public override string Description => $"publish $LATEST ({CodeSha256}) as a version \"{VersionDescription}\"";

    public override Task ApplyAsync(StepContext context, CancellationToken cancellationToken)
    {
        var lambda = context.Services.Lambda;
        return GuardedWrite.ApplyAsync(
            context,
            async () =>
            {
                var version = await lambda.PublishVersionAsync(
                    new PublishVersionRequest { FunctionName = context.FunctionName, CodeSha256 = CodeSha256, Description = VersionDescription, RevisionId = RevisionId },
                    cancellationToken).ConfigureAwait(false);
                context.PublishedVersion = version.Version;
                context.Logger.LogInformationLine($"  published version {version.Version}");
            },
            async () =>
            {
                // A publish that landed left a version with this code and description; the plan's later steps use it.
                var versions = await lambda.ListVersionsByFunctionAsync(new ListVersionsByFunctionRequest { FunctionName = context.FunctionName }, cancellationToken).ConfigureAwait(false);
                var landed = versions.Versions
                    .Where(v => v.Version != LambdaWire.LatestVersion && v.CodeSha256 == CodeSha256 && v.Description == VersionDescription)
                    .MaxBy(v => int.TryParse(v.Version, out var n) ? n : 0);
                context.PublishedVersion = landed?.Version ?? context.PublishedVersion;
                return landed is not null;
            },
            explain: null,
            $"version of {CodeSha256}");
    }
}
