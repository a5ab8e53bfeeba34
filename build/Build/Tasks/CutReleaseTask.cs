using Build.Hosting;
using Build.Release;
using Cake.Frosting;
using SkillRelease.Release.Planning;

namespace Build.Tasks;

[TaskName("cut-release")]
[Plannable]
[TaskDescription("Cuts release --tag vX.Y.Z (default: the pushed tag): publishes a version, points the candidate alias and the development endpoint at it, validates and submits for certification.")]
public sealed class CutReleaseTask : AsyncFrostingTask<BuildContext>
{
    public override async Task RunAsync(BuildContext context)
    {
        var tag = context.Release.Tag;
        var method = context.Release.PublicationMethod;
        var session = ReleaseSession.Open(context);
        var (skill, code) = Packages.Read(context, session.Services.Settings.SkillId);
        await session.RunAsync(new CutRelease(tag, code, skill, method, context.Time.GetUtcNow()), context.CancellationToken);
    }
}
