using System.Reflection;
using Cake.Cli;
using Cake.Frosting.Internal;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console.Cli;

namespace Cake.Frosting;

/// <summary>
/// Runs a build program: parses the Frosting switches, registers every task class it finds, and hands the
/// target to the real Cake engine. The API mirrors Cake.Frosting's so that, once that package can be restored,
/// this folder is deleted and the package referenced instead.
/// </summary>
public sealed class CakeHost
{
    private readonly HostSetup _setup = new();

    /// <summary>Also look for task classes in <paramref name="assembly"/> (the entry assembly is always searched).</summary>
    public CakeHost AddAssembly(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        _setup.Assemblies.Add(assembly);
        return this;
    }

    /// <summary>Registers services that tasks and the context can take in their constructors.</summary>
    public CakeHost ConfigureServices(Action<IServiceCollection> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        _setup.ServiceConfigurations.Add(configure);
        return this;
    }

    /// <summary>Runs the target named by the arguments; returns the process exit code.</summary>
    public int Run(IEnumerable<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (Assembly.GetEntryAssembly() is { } entry && !_setup.Assemblies.Contains(entry))
        {
            _setup.Assemblies.Add(entry);
        }

        var registrations = new ServiceCollection();
        registrations.AddSingleton(_setup);
        var app = new CommandApp<FrostingCommand>(new TypeRegistrar(registrations));
        app.Configure(config =>
        {
            config.SetApplicationName("build.sh");
            config.ValidateExamples();
        });
        return app.Run(args);
    }
}
