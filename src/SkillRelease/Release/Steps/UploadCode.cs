using SkillRelease.Lambda.Model;
using SkillRelease.Release.Packages;

namespace SkillRelease.Release.Steps;

/// <summary>
/// Uploads the package to <c>$LATEST</c>, guarded by the function's RevisionId (the one a configuration update of
/// this plan left, if there was one), with the declared architecture, and checks Lambda stored our bytes.
/// </summary>
public sealed record UploadCode(CodePackage Code, string? RevisionId) : Step
{
    public override string Description => $"upload the package ({Code.CodeSha256}) to $LATEST";

    public override Task ApplyAsync(StepContext context, CancellationToken cancellationToken)
    {
        var lambda = context.Services.Lambda;
        return GuardedWrite.ApplyAsync(
            context,
            async () =>
            {
                var result = await lambda.UpdateFunctionCodeAsync(
                    new UpdateFunctionCodeRequest
                    {
                        FunctionName = context.FunctionName,
                        ZipFile = Code.Zip,
                        RevisionId = context.LatestRevisionId ?? RevisionId,
                        Architectures = Code.Definition is { } definition ? [definition.Architecture] : null,
                    },
                    cancellationToken).ConfigureAwait(false);
                if (result.CodeSha256 != Code.CodeSha256)
                {
                    throw new StepFailedException($"Lambda reports CodeSha256 {result.CodeSha256} after the upload, but the package's is {Code.CodeSha256}: the upload was altered or raced; run the task again.");
                }
            },
            async () =>
            {
                var latest = (await lambda.GetFunctionAsync(new GetFunctionRequest { FunctionName = context.FunctionName }, cancellationToken).ConfigureAwait(false)).Configuration;
                return latest.CodeSha256 == Code.CodeSha256 && latest.LastUpdateStatus != LastUpdateStatuses.Failed;
            },
            explain: null,
            $"the package on $LATEST");
    }
}
