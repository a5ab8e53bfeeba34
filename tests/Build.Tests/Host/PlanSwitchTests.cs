using Build.Hosting;

namespace Build.Tests.Host;

/// <summary>--dryrun means --plan for the release targets, and stays Cake Frosting's (run nothing) for every other.</summary>
public sealed class PlanSwitchTests
{
    private static readonly HashSet<string> Plannable = new(["promote", "rollback"], StringComparer.OrdinalIgnoreCase);

    [TestCase("--target", "promote", "--dryrun")]
    [TestCase("-t", "promote", "--noop")]
    [TestCase("--target=Promote", "--whatif")]
    [TestCase("--target", "promote", "--target", "rollback", "--dryrun")]
    public void Apply_DryRunWithOnlyPlannableTargets_BecomesPlan(params string[] args)
    {
        // Given a dry run of release targets
        // When the switch is applied
        var applied = PlanSwitch.Apply(args, Plannable);

        // Then the tasks get --plan and the host no dry-run switch
        Assert.That(applied, Does.Contain("--plan").And.None.Matches("^--(dryrun|noop|whatif)$"));
    }

    [TestCase("--target", "package", "--dryrun")]
    [TestCase("--dryrun")]
    [TestCase("--target", "promote", "--target", "package", "--dryrun")]
    [TestCase("--target", "promote")]
    public void Apply_OtherwiseLeavesTheArgumentsAsTheyAre(params string[] args)
    {
        // Given a target that is not a release task, a mix, the default target, or no dry run
        // When the switch is applied
        var applied = PlanSwitch.Apply(args, Plannable);

        // Then the arguments are unchanged: the host's dry run lists the tasks and runs none
        Assert.That(applied, Is.EqualTo(args));
    }
}
