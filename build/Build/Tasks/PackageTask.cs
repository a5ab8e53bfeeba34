using Build.Packaging;
using Cake.Frosting;

namespace Build.Tasks;

[TaskName("package")]
[TaskDescription("Publishes the skill for Lambda (--runtime managed: dotnet10, the default; aot: provided.al2023) and writes a reproducible zip to artifacts/.")]
public sealed class PackageTask : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context) => SkillPackager.Package(context, context.PackageRuntime);
}
