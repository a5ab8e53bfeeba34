using System.Collections.Concurrent;
using BostonInfo.Skill.Logging;

namespace BostonInfo.Skill.Server.Tests.Support;

/// <summary>Keeps the function's log entries (requests arrive on Kestrel threads).</summary>
internal sealed class CapturedSkillLog : ISkillLog
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();

    public IReadOnlyList<LogEntry> Entries => _entries.ToList();

    public void Write(LogEntry entry) => _entries.Enqueue(entry);
}
