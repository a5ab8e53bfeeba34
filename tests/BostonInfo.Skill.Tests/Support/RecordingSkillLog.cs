using BostonInfo.Skill.Logging;

namespace BostonInfo.Skill.Tests.Support;

/// <summary>Keeps every entry, and the exact JSON lines the production sink would have written.</summary>
internal sealed class RecordingSkillLog : ISkillLog
{
    private readonly StringWriter _text = new();
    private readonly JsonLinesSkillLog _lines;
    private readonly List<LogEntry> _entries = [];

    public RecordingSkillLog() => _lines = new JsonLinesSkillLog(_text);

    public IReadOnlyList<LogEntry> Entries => _entries;

    /// <summary>Everything written, as the JSON lines CloudWatch would receive.</summary>
    public string Text => _text.ToString();

    public void Write(LogEntry entry)
    {
        _entries.Add(entry);
        _lines.Write(entry);
    }
}
