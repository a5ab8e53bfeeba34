namespace Benchmarks;

/// <summary>
/// Makes every upstream answer <paramref name="delay"/> late, and counts the calls: with each call costing the same,
/// an intent's latency shows whether its independent calls overlap or queue behind each other.
/// </summary>
public sealed class SlowUpstreamHandler(TimeSpan delay, TimeProvider time, HttpMessageHandler inner) : DelegatingHandler(inner)
{
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, time, cancellationToken);
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
