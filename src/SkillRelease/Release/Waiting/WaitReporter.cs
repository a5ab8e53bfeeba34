namespace SkillRelease.Release.Waiting;

/// <summary>
/// Runs a long wait and reports its progress: <see cref="WaitPhase.Started"/> at once, <see cref="WaitPhase.Waiting"/>
/// every <c>interval</c> on the given clock while it lasts, and <see cref="WaitPhase.Finished"/> when it ends, even by
/// an exception or a cancellation. The wait itself is not touched, so its own polling and timeouts stay as they are.
/// </summary>
public sealed class WaitReporter(IProgress<WaitProgress> progress, TimeProvider time, TimeSpan interval)
{
    /// <summary>Reports nothing: for callers that show no progress.</summary>
    public static WaitReporter Silent { get; } = new(new Progress<WaitProgress>(), TimeProvider.System, Timeout.InfiniteTimeSpan);

    /// <param name="what">A noun phrase for the awaited thing.</param>
    /// <param name="limit">The longest the wait may take from now (its planned end, or when it gives up).</param>
    /// <param name="wait">The wait itself, given <paramref name="cancellationToken"/>.</param>
    public async Task<T> WatchAsync<T>(string what, TimeSpan limit, Func<CancellationToken, Task<T>> wait, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(wait);
        var started = time.GetTimestamp();
        var gate = new object();
        var over = false;
        Report(WaitPhase.Started);
        // Timer callbacks run on the thread pool; the gate keeps a late tick from following the last report.
        var ticker = time.CreateTimer(_ => Report(WaitPhase.Waiting), state: null, interval, interval);
        try
        {
            return await wait(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await ticker.DisposeAsync().ConfigureAwait(false);
            Report(WaitPhase.Finished);
        }

        void Report(WaitPhase phase)
        {
            lock (gate)
            {
                if (over)
                {
                    return;
                }

                over = phase == WaitPhase.Finished;
                var elapsed = time.GetElapsedTime(started);
                progress.Report(new WaitProgress(what, phase, elapsed, limit > elapsed ? limit - elapsed : TimeSpan.Zero));
            }
        }
    }

    public Task WatchAsync(string what, TimeSpan limit, Func<CancellationToken, Task> wait, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(wait);
        return WatchAsync(
            what,
            limit,
            async token =>
            {
                await wait(token).ConfigureAwait(false);
                return true;
            },
            cancellationToken);
    }
}
