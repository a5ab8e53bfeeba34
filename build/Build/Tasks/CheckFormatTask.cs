using Build.Formatting;
using Cake.Frosting;

namespace Build.Tasks;

[TaskName("check-format")]
[TaskDescription("Fails when a C# file is not laid out as .editorconfig says (dotnet format whitespace --verify-no-changes), naming the files; part of test.")]
public sealed class CheckFormatTask : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context) => FormatCheck.Verify(context.Root.FullPath);
}
