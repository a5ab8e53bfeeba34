using FsCheck;
using FsCheck.Fluent;
using SkillRelease.Release.Planning;

namespace SkillRelease.Tests.Release.Properties;

/// <summary>
/// The planner against generated remote states and tasks: every state yields a plan or a refusal (never another
/// exception), and no plan breaks an invariant. The number of cases run is written beside the test results, and
/// .ci/run prints it.
/// </summary>
public sealed class PlannerPropertyTests
{
    private const int Cases = 3000;

    [Test]
    public void EveryGeneratedStateAndTask_YieldsAPlanOrARefusal_AndNoPlanBreaksAnInvariant()
    {
        var refused = 0;
        var planned = 0;
        var property = Prop.ForAll(RemoteStates.Scenarios(), scenario =>
        {
            Plan plan;
            try
            {
                plan = ReleasePlanner.Plan(scenario.State, scenario.Intent);
            }
            catch (ReleaseRefusedException)
            {
                refused++;
                return true;
            }

            planned++;
            var violations = PlanInvariants.Violations(scenario.State, scenario.Intent, plan).ToList();
            return violations.Count == 0
                ? true
                : throw new AssertionException($"{string.Join("; ", violations)}\n  in {scenario}\n  plan: {string.Join(" → ", plan.Steps.Select(s => s.Description))}");
        });

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Cases), property);

        GeneratedCases.Record(nameof(PlannerPropertyTests), planned + refused);
        TestContext.Out.WriteLine($"{planned + refused} generated cases: {planned} plans, {refused} refusals");
        Assert.That(planned, Is.GreaterThan(Cases / 4), "the generator reaches states where tasks plan work");
        Assert.That(refused, Is.GreaterThan(Cases / 20), "the generator reaches states where tasks are refused");
    }
}
