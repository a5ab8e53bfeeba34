using System.Reflection;
using Build.Tasks;
using Cake.Frosting;

namespace Build.Hosting;

/// <summary>
/// Keeps <c>--dryrun</c> (and Cake's aliases <c>--noop</c>, <c>--whatif</c>) meaning "show what you would do" for the
/// release tasks. Cake Frosting consumes those switches itself and then runs no task, so a release task would print
/// nothing at all; when every target named is <see cref="PlannableAttribute">plannable</see>, the switch is handed
/// to the tasks as <c>--plan</c> before the host sees the arguments. For any other target it stays Frosting's.
/// </summary>
public static class PlanSwitch
{
    private static readonly string[] DryRunSwitches = ["--dryrun", "--noop", "--whatif"];
    private static readonly string[] TargetSwitches = ["--target", "-t"];

    /// <summary>The names of the tasks in the build program that read <c>--plan</c>.</summary>
    public static IReadOnlySet<string> PlannableTargets { get; } = typeof(DefaultTask).Assembly.GetTypes()
        .Where(type => type.GetCustomAttribute<PlannableAttribute>() is not null)
        .Select(type => type.GetCustomAttribute<TaskNameAttribute>()?.Name ?? type.Name)
        .ToHashSet(StringComparer.OrdinalIgnoreCase);

    public static string[] Apply(IReadOnlyList<string> args, IReadOnlySet<string> plannableTargets)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(plannableTargets);
        var targets = Targets(args);
        if (targets.Count == 0 || !targets.All(plannableTargets.Contains))
        {
            return [.. args];
        }

        return [.. args.Select(arg => IsDryRun(arg) ? "--" + BuildContext.PlanArgument : arg)];
    }

    private static bool IsDryRun(string arg) => DryRunSwitches.Contains(arg, StringComparer.OrdinalIgnoreCase);

    // Frosting's forms: "--target x", "-t x", "--target=x" (repeatable); none means its "Default".
    private static List<string> Targets(IReadOnlyList<string> args)
    {
        var targets = new List<string>();
        for (var index = 0; index < args.Count; index++)
        {
            var arg = args[index];
            if (TargetSwitches.Contains(arg, StringComparer.OrdinalIgnoreCase) && index + 1 < args.Count)
            {
                targets.Add(args[++index]);
            }
            else if (TargetSwitches.FirstOrDefault(name => arg.StartsWith(name + "=", StringComparison.OrdinalIgnoreCase)) is { } name)
            {
                targets.Add(arg[(name.Length + 1)..]);
            }
        }

        return targets.Count > 0 ? targets : ["Default"];
    }
}
