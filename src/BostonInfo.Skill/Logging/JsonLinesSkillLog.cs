using System.Text.Json;
using BostonInfo.Skill.Protocol;

namespace BostonInfo.Skill.Logging;

/// <summary>
/// Writes each entry as one JSON line. In Lambda the writer is stdout, which the runtime sends to CloudWatch,
/// where JSON lines can be queried by field.
/// </summary>
public sealed class JsonLinesSkillLog(TextWriter writer) : ISkillLog
{
    private readonly Lock _gate = new();

    public void Write(LogEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var line = JsonSerializer.Serialize(entry, SkillJsonContext.Default.LogEntry);
        lock (_gate)
        {
            writer.WriteLine(line);
            writer.Flush();
        }
    }
}
