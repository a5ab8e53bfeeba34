using Cake.Core.Diagnostics;
using Microsoft.Extensions.Logging;
using CakeVerbosity = Cake.Core.Diagnostics.Verbosity;
using LogLevel = Microsoft.Extensions.Logging.LogLevel;

namespace Build.Release;

/// <summary>
/// The engine's and clients' ILogger on Cake's log, so <c>--verbosity diagnostic</c> shows every HTTP call
/// (already redacted by the clients). Information → normal, Debug → verbose, Trace → diagnostic. With a terminal's
/// <see cref="LiveWaitLine"/>, each line erases the live progress line first.
/// </summary>
public sealed class CakeLogger(ICakeLog log, LiveWaitLine? live = null) : ILogger, ILoggerFactory
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None && log.Verbosity >= VerbosityFor(logLevel);

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!IsEnabled(logLevel))
        {
            return;
        }

        // Braces in a message are text here, not Cake format placeholders.
        var message = formatter(state, exception).Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal);
        var level = logLevel switch
        {
            LogLevel.Critical or LogLevel.Error => Cake.Core.Diagnostics.LogLevel.Error,
            LogLevel.Warning => Cake.Core.Diagnostics.LogLevel.Warning,
            LogLevel.Information => Cake.Core.Diagnostics.LogLevel.Information,
            LogLevel.Debug => Cake.Core.Diagnostics.LogLevel.Verbose,
            _ => Cake.Core.Diagnostics.LogLevel.Debug,
        };
        if (live is null)
        {
            log.Write(VerbosityFor(logLevel), level, message);
        }
        else
        {
            live.Interrupt(() => log.Write(VerbosityFor(logLevel), level, message));
        }
    }

    public ILogger CreateLogger(string categoryName) => this;

    public void AddProvider(ILoggerProvider provider) => throw new NotSupportedException();

    public void Dispose()
    {
    }

    private static CakeVerbosity VerbosityFor(LogLevel level) => level switch
    {
        LogLevel.Critical or LogLevel.Error or LogLevel.Warning => CakeVerbosity.Quiet,
        LogLevel.Information => CakeVerbosity.Normal,
        LogLevel.Debug => CakeVerbosity.Verbose,
        _ => CakeVerbosity.Diagnostic,
    };
}
