namespace Cake.Frosting;

/// <summary>
/// Our one addition to Frosting's API: under <c>--dryrun</c>, a target with this attribute runs (instead of being
/// listed) so that it can print the plan it would apply; the context's dry-run flag tells it to write nothing
/// remote. Such a task must not depend on other tasks, which a dry run would then execute too. Real Frosting has
/// no equivalent; moving to it means replacing this with a <c>--plan</c> argument.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class PlansInDryRunAttribute : Attribute;
