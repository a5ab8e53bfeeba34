namespace SkillRelease.Tests.Release.Execution;

/// <summary>Thrown where the process would have died.</summary>
internal sealed class SimulatedCrash() : Exception("simulated crash");

/// <summary>Where, around the write that exhausts the budget, the process dies.</summary>
public enum CrashPoint
{
    /// <summary>Before the write is sent: it never reaches the service. Counts Lambda and SMAPI writes only.</summary>
    BeforeSending,

    /// <summary>After the write landed and its answer arrived, before anyone acts on it. Counts every write, GitHub's included.</summary>
    AfterLanding,
}

/// <summary>
/// How many remote writes may still go through before the simulated crash (shared by all clients of a run). Once it
/// has crashed, the process is dead: nothing more is sent, even by code that caught the first crash (the ledger
/// step turns its own failures into warnings).
/// </summary>
public sealed class WriteBudget(int? writes, CrashPoint point = CrashPoint.BeforeSending)
{
    private int _left = writes ?? int.MaxValue;
    private volatile bool _crashed;

    public CrashPoint Point => point;

    public int Used { get; private set; }

    public void ThrowIfCrashed()
    {
        if (_crashed)
        {
            throw new SimulatedCrash();
        }
    }

    public void Spend()
    {
        if (Interlocked.Decrement(ref _left) < 0)
        {
            _crashed = true;
            throw new SimulatedCrash();
        }

        Used++;
    }
}

/// <summary>
/// The innermost handler of every client: counts writes and "kills the process" (throws) at the write that exceeds
/// the budget, before sending it or once it has landed (<see cref="CrashPoint"/>). Token requests are never counted;
/// GitHub ledger records only when crashing after a write landed.
/// </summary>
internal sealed class CrashingTransport(WriteBudget budget) : DelegatingHandler(new SocketsHttpHandler())
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        budget.ThrowIfCrashed();
        var isWrite = request.Method != HttpMethod.Get && request.Method != HttpMethod.Head;
        var path = request.RequestUri!.AbsolutePath;
        var isToken = path.Contains("/auth/", StringComparison.OrdinalIgnoreCase);
        var isLedger = path.StartsWith("/api/v3", StringComparison.Ordinal);
        var counted = isWrite && !isToken && (budget.Point == CrashPoint.AfterLanding || !isLedger);
        if (counted && budget.Point == CrashPoint.BeforeSending)
        {
            budget.Spend();
        }

        var response = await base.SendAsync(request, cancellationToken);
        // A refused write (4xx) did not land: crashing after it is the same as crashing before the next one.
        if (counted && budget.Point == CrashPoint.AfterLanding && response.IsSuccessStatusCode)
        {
            budget.Spend();
        }

        return response;
    }
}
