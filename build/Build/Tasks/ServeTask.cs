using BostonInfo.Skill.Fixtures;
using BostonInfo.Skill.Server;
using Cake.Common.Diagnostics;
using Cake.Frosting;

namespace Build.Tasks;

[TaskName("serve")]
[TaskDescription("Hosts the skill at http://127.0.0.1:<--port, default 8080>/ for local conversations until stopped; --offline fakes the city services.")]
public sealed class ServeTask : AsyncFrostingTask<BuildContext>
{
    public override async Task RunAsync(BuildContext context)
    {
        var stop = context.CancellationToken;
        using var http = new SocketsHttpHandler();
        await using var cityData = context.Offline ? await CityDataFixtureServer.StartAsync(0, stop) : null;
        var function = cityData is null ? null : OfflineFunction.Create(cityData, http);
        await using var server = await SkillServer.StartAsync(new SkillServerOptions { Port = context.Port, Function = function }, stop);
        context.Information($"Boston Info is listening on {server.Address} (POST an Alexa request there; Ctrl+C stops).");
        if (cityData is not null)
        {
            context.Information($"Offline: the city services are fixtures at {cityData.Root}. For the device's address, send " +
                $"\"apiEndpoint\": \"{cityData.AlexaApiEndpoint}\" with \"apiAccessToken\": \"fixture-token-boston\".");
        }

        await server.WaitForShutdownAsync(stop);
        context.Information("Stopped.");
    }
}
