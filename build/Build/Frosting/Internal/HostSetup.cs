using System.Reflection;
using Microsoft.Extensions.DependencyInjection;

namespace Cake.Frosting.Internal;

/// <summary>What <see cref="CakeHost"/>'s fluent calls collected, handed to the command that runs.</summary>
internal sealed class HostSetup
{
    public List<Assembly> Assemblies { get; } = [];

    public List<Action<IServiceCollection>> ServiceConfigurations { get; } = [];
}
