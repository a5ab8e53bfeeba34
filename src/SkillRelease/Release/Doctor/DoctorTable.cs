using System.Text;

namespace SkillRelease.Release.Doctor;

/// <summary>doctor's one table: a column of checks, ✓ or ✗, and what was seen or the fix.</summary>
public static class DoctorTable
{
    public static string ToText(IReadOnlyList<DoctorRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var width = rows.Max(r => r.Check.Length);
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            text.Append(row.Passed ? "✓ " : "✗ ").Append(row.Check.PadRight(width)).Append("  ").AppendLine(row.Detail);
        }

        return text.ToString();
    }
}
