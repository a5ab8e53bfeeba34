using Cake.Core;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Build.Hosting;

/// <summary>
/// Replaces the host's two consoles (Cake's, which the log writes to, and Spectre's, which prints the task summary)
/// with ones that follow <see cref="ConsoleTraits"/>. Registered through <c>CakeHost.ConfigureServices</c>, which
/// Cake.Frosting has too, so it outlives our stand-in host; the last registration of a service wins.
/// </summary>
public static class ConsoleColours
{
    public static void Register(IServiceCollection services, ConsoleTraits traits)
    {
        ArgumentNullException.ThrowIfNull(traits);
        services.AddSingleton<IConsole>(provider => new ColourGatedConsole(new CakeConsole(provider.GetRequiredService<ICakeEnvironment>()), traits.Colours));
        services.AddSingleton(_ => AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = traits.Colours ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = traits.Colours ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(Console.Out),
        }));
    }
}
