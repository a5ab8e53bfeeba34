using Build.Hosting;
using BostonInfo.Skill.Server;
using Cake.Common.Diagnostics;
using Cake.Frosting;

namespace Build.Tasks;

[TaskName("serve")]
[TaskDescription("Hosts the skill at http://127.0.0.1:<--port, default 8080>/ for local conversations until stopped.")]
public sealed class ServeTask : AsyncFrostingTask<BuildContext>
{
    public override async Task RunAsync(BuildContext context)
    {
        using var stop = new StopSignal();
        await using var server = await SkillServer.StartAsync(new SkillServerOptions { Port = context.Port }, stop.Token);
        context.Information($"Boston Info is listening on {server.Address} (POST an Alexa request there; Ctrl+C stops).");
        await server.WaitForShutdownAsync(stop.Token);
        context.Information("Stopped.");
    }
}
