using Cake.Core;
using Cake.Core.Diagnostics;

namespace Cake.Frosting.Internal;

/// <summary>
/// Ends a failed run: the report Cake already printed stays, and the last line is the cause in one sentence, so
/// that CI logs and a maintainer's terminal both end with what went wrong.
/// </summary>
internal static class TaskFailure
{
    public static int Report(ICakeLog log, Exception exception)
    {
        var cause = RootCause(exception);
        if (log.Verbosity >= Verbosity.Diagnostic)
        {
            log.Error(cause.ToString());
        }

        log.Error($"Error: {cause.Message}");
        return 1;
    }

    private static Exception RootCause(Exception exception) => exception switch
    {
        CakeReportException { InnerException: { } inner } => RootCause(inner),
        AggregateException { InnerExceptions.Count: 1 } aggregate => RootCause(aggregate.InnerExceptions[0]),
        System.Reflection.TargetInvocationException { InnerException: { } inner } => RootCause(inner),
        _ => exception,
    };
}
