using SkillRelease.Release.State;

namespace SkillRelease.Release.Planning;

/// <summary>
/// The pure heart of the engine: (remote state, intent) → plan. No I/O, no clock (the intent carries "now"), so
/// every invariant of ARCHITECTURE.md §4 is decided here and tested without a server.
/// </summary>
public static class ReleasePlanner
{
    public static Plan Plan(RemoteState state, ReleaseIntent intent)
    {
        ArgumentNullException.ThrowIfNull(state);
        var plan = intent switch
        {
            DeployLatest deploy => DeployLatestPlanner.Plan(state, deploy),
            CutRelease cut => CutReleasePlanner.Plan(state, cut),
            AwaitCertification wait => AwaitCertificationPlanner.Plan(state, wait),
            Promote promote => PromotePlanner.Plan(state, promote),
            Rollback rollback => RollbackPlanner.Plan(state, rollback),
            _ => throw new ArgumentException($"No planner for {intent?.GetType().Name ?? "null"}.", nameof(intent)),
        };
        return plan with { Title = intent.Name };
    }
}
