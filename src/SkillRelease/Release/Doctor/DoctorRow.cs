namespace SkillRelease.Release.Doctor;

/// <summary>One line of doctor's table: what was checked, whether it is ready, and what was seen or what to do.</summary>
public sealed record DoctorRow(string Check, bool Passed, string Detail)
{
    public static DoctorRow Pass(string check, string seen) => new(check, true, seen);

    public static DoctorRow Fail(string check, string fix) => new(check, false, fix);
}
