using Cake.Common.IO;
using Cake.Frosting;

namespace Build.Tasks;

[TaskName("clean")]
[TaskDescription("Deletes artifacts/ and every bin/ and obj/ under src/ and tests/.")]
public sealed class CleanTask : FrostingTask<BuildContext>
{
    // build/ is left alone: the program that is running lives there.
    public override void Run(BuildContext context)
    {
        context.CleanDirectory(context.Artifacts);
        context.CleanDirectories("./src/**/bin");
        context.CleanDirectories("./src/**/obj");
        context.CleanDirectories("./tests/**/bin");
        context.CleanDirectories("./tests/**/obj");
    }
}
