using System.Net;
using SkillRelease.Lambda;
using SkillRelease.Smapi;

namespace SkillRelease.Release.Steps;

/// <summary>
/// A guarded write whose refusal may be our own echo. When an attempt lands but its answer is lost (a dropped
/// connection, a timeout), the retry meets the guard the first attempt changed: 412 for a RevisionId or ETag, 409
/// "already exists" for an alias or a statement id. Reporting that as "someone else changed it" or "Lambda is busy"
/// misleads; so on a refusal the step reads the resource back, and if it already holds exactly what the step meant
/// to write, the step has succeeded. Otherwise <paramref name="explain"/> says what is there now.
/// </summary>
internal static class GuardedWrite
{
    public static async Task ApplyAsync(
        StepContext context,
        Func<Task> write,
        Func<Task<bool>> alreadyApplied,
        Func<Task<string?>>? explain,
        string what)
    {
        try
        {
            await write().ConfigureAwait(false);
        }
        catch (Exception refusal) when (IsGuardRefusal(refusal))
        {
            // Judged inside the catch, so that a refusal nothing explains is rethrown as it was thrown.
            if (await alreadyApplied().ConfigureAwait(false))
            {
                context.Logger.LogInformationLine($"  {what} is already in place: an earlier attempt landed and its answer was lost");
                return;
            }

            if (explain is not null && await explain().ConfigureAwait(false) is { } sentence)
            {
                throw new StepFailedException(sentence, refusal);
            }

            throw;
        }
    }

    private static bool IsGuardRefusal(Exception exception) => exception switch
    {
        LambdaException lambda => lambda.IsPreconditionFailed || lambda.IsConflict,
        SmapiException smapi => smapi.IsPreconditionFailed || smapi.StatusCode == HttpStatusCode.Conflict,
        _ => false,
    };
}
