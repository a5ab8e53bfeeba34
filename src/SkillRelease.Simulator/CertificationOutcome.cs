namespace SkillRelease.Simulator;

public enum CertificationOutcome
{
    Pass,
    Fail,
}
