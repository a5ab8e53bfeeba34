namespace BostonInfo.Skill.Logging;

/// <summary>
/// Where the skill writes what it did. Entries have fixed, named fields so personal data (addresses, tokens,
/// coordinates, slot values) has no field to end up in; free text goes through <see cref="PersonalDataRedactor"/>.
/// </summary>
public interface ISkillLog
{
    void Write(LogEntry entry);
}
