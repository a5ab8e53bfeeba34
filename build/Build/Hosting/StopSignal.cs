using System.Runtime.InteropServices;

namespace Build.Hosting;

/// <summary>
/// Ctrl+C (SIGINT) or SIGTERM, turned into a cancellation that every task sees through
/// <see cref="BuildContext.CancellationToken"/>. A job cancelled in GitHub Actions gets SIGINT, then SIGTERM if it
/// is still running 7.5 s later, then SIGKILL after 2.5 s more (docs/build-program.md cites the runner); build.sh
/// <c>exec</c>s the program, so the signal reaches this process. The first signal cancels and lets the task stop
/// cleanly; a second one (Ctrl+C twice, or the runner's SIGTERM) ends the process at once, as it would without us.
/// </summary>
public sealed class StopSignal : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly PosixSignalRegistration[] _registrations;

    public StopSignal() =>
        _registrations = [PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal), PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal)];

    public CancellationToken Token => _stop.Token;

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }

        _stop.Dispose();
    }

    private void OnSignal(PosixSignalContext signal)
    {
        if (_stop.IsCancellationRequested)
        {
            return;
        }

        signal.Cancel = true;
        _stop.Cancel();
    }
}
