namespace SkillRelease.Smapi;

/// <summary>
/// Reads an asynchronous operation until it is done: the first read at once, then waits growing 1.5 times from
/// <see cref="SmapiClientOptions.PollInterval"/> up to <see cref="SmapiClientOptions.MaxPollInterval"/>, and gives
/// up with a <see cref="TimeoutException"/> after <see cref="SmapiClientOptions.PollTimeout"/> in all.
/// </summary>
internal sealed class SmapiPoller(SmapiClientOptions options)
{
    public async Task<T> UntilAsync<T>(Func<CancellationToken, Task<T>> read, Func<T, bool> isDone, string what, CancellationToken cancellationToken)
    {
        var started = options.Time.GetTimestamp();
        var delay = options.PollInterval;
        while (true)
        {
            var value = await read(cancellationToken).ConfigureAwait(false);
            if (isDone(value))
            {
                return value;
            }

            var elapsed = options.Time.GetElapsedTime(started);
            if (elapsed + delay > options.PollTimeout)
            {
                throw new TimeoutException($"{what} was still IN_PROGRESS after {elapsed.TotalSeconds:0.#} s; gave up (PollTimeout {options.PollTimeout}).");
            }

            await Task.Delay(delay, options.Time, cancellationToken).ConfigureAwait(false);
            delay = TimeSpan.FromTicks(Math.Min(options.MaxPollInterval.Ticks, (long)(delay.Ticks * 1.5)));
        }
    }
}
