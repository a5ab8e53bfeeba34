using SkillRelease.Lambda.Model;
using SkillRelease.Release.Function;

namespace SkillRelease.Release.Steps;

/// <summary>
/// Puts <c>$LATEST</c>'s runtime, handler, memory, timeout and environment back to the repository's declaration,
/// guarded by the RevisionId it was planned from: a console change since makes Lambda refuse it (412).
/// </summary>
/// <remarks>
/// The secrets the declaration keeps (declared <c>null</c>) are read from the function when the step runs, not
/// carried in the plan, so they never reach a plan, a record or a log.
/// </remarks>
public sealed record UpdateFunctionConfiguration(FunctionDefinition Definition, IReadOnlyList<string> Differences, string? RevisionId) : Step
{
    public override string Description => $"configure $LATEST as src/BostonInfo.Skill/function.json declares ({string.Join("; ", Differences)})";

    public override async Task ApplyAsync(StepContext context, CancellationToken cancellationToken)
    {
        var current = await context.Services.Lambda.GetFunctionConfigurationAsync(
            new GetFunctionConfigurationRequest { FunctionName = context.FunctionName }, cancellationToken).ConfigureAwait(false);
        await context.Services.Lambda.UpdateFunctionConfigurationAsync(
            new UpdateFunctionConfigurationRequest
            {
                FunctionName = context.FunctionName,
                Runtime = Definition.Runtime,
                Handler = Definition.Handler,
                MemorySize = Definition.MemorySize,
                Timeout = Definition.Timeout,
                Environment = Definition.EnvironmentFor(current),
                RevisionId = RevisionId,
            },
            cancellationToken).ConfigureAwait(false);
    }
}
