using Cake.Frosting;

namespace Build.Tasks;

/// <summary>What runs without <c>--target</c>: the test suite, as the README promises.</summary>
[TaskName("Default")]
[TaskDescription("Runs 'test' (the target when none is given).")]
[IsDependentOn(typeof(TestTask))]
public sealed class DefaultTask : FrostingTask<BuildContext>;
