namespace SkillRelease.Tests.Release.Execution;

/// <summary>Thrown where the process would have died.</summary>
internal sealed class SimulatedCrash() : Exception("simulated crash");

/// <summary>How many remote writes may still go through before the simulated crash (shared by all clients of a run).</summary>
public sealed class WriteBudget(int? writes)
{
    private int _left = writes ?? int.MaxValue;

    public int Used { get; private set; }

    public void Spend()
    {
        if (Interlocked.Decrement(ref _left) < 0)
        {
            throw new SimulatedCrash();
        }

        Used++;
    }
}

/// <summary>
/// The innermost handler of every client: counts Lambda and SMAPI writes and "kills the process" (throws) instead of
/// sending the write that exceeds the budget. Token requests and GitHub ledger records are not skill writes and are not counted.
/// </summary>
internal sealed class CrashingTransport(WriteBudget budget) : DelegatingHandler(new SocketsHttpHandler())
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var isWrite = request.Method != HttpMethod.Get && request.Method != HttpMethod.Head;
        var path = request.RequestUri!.AbsolutePath;
        var isSkill = !path.Contains("/auth/", StringComparison.OrdinalIgnoreCase) && !path.StartsWith("/api/v3", StringComparison.Ordinal);
        if (isWrite && isSkill)
        {
            budget.Spend();
        }

        return base.SendAsync(request, cancellationToken);
    }
}
