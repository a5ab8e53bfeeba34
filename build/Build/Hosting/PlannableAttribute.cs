namespace Build.Hosting;

/// <summary>
/// A task that reads <c>--plan</c> (<see cref="BuildContext.Plan"/>): it observes, prints the plan it would apply and
/// writes nothing remote. Ours, not Cake Frosting's: Frosting's <c>--dryrun</c> runs no task at all, so a plan can
/// only come from the task itself. <see cref="PlanSwitch"/> reads <c>--dryrun</c> as <c>--plan</c> for these targets.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class PlannableAttribute : Attribute;
