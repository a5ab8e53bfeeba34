using SkillRelease.Release.Planning;
using SkillRelease.Tests.Release.Support;

namespace SkillRelease.Tests.Release.Planning;

/// <summary>The planner's front door: what it says when called wrongly.</summary>
public sealed class ReleasePlannerTests
{
    private sealed record Unplanned() : ReleaseIntent("unplanned");

    [Test]
    public void Plan_WithoutAState_NamesTheMissingArgument()
    {
        // Given no state
        // When
        var error = Assert.Throws<ArgumentNullException>(() => ReleasePlanner.Plan(null!, new Rollback()));

        // Then
        Assert.That(error!.ParamName, Is.EqualTo("state"));
    }

    [Test]
    public void Plan_ForAnIntentWithoutAPlanner_NamesItsType()
    {
        // Given an intent no planner handles
        // When
        var error = Assert.Throws<ArgumentException>(() => ReleasePlanner.Plan(new StateBuilder().Build(), new Unplanned()));

        // Then
        Assert.That((error!.ParamName, error.Message), Is.EqualTo(("intent", "No planner for Unplanned. (Parameter 'intent')")));
    }

    [Test]
    public void Plan_WithoutAnIntent_SaysNull()
    {
        // Given no intent
        // When
        var error = Assert.Throws<ArgumentException>(() => ReleasePlanner.Plan(new StateBuilder().Build(), null!));

        // Then
        Assert.That(error!.Message, Does.StartWith("No planner for null."));
    }
}
