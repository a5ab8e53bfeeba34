using Microsoft.Extensions.DependencyInjection;

namespace Cake.Frosting;

/// <summary>Cake.Frosting's fluent set-up calls that are extensions there too (the ones this build program uses).</summary>
public static class CakeHostExtensions
{
    /// <summary>The typed context every task receives; the last registration wins.</summary>
    public static CakeHost UseContext<TContext>(this CakeHost host)
        where TContext : class, IFrostingContext
    {
        ArgumentNullException.ThrowIfNull(host);
        return host.ConfigureServices(services =>
        {
            services.AddSingleton<TContext>();
            services.AddSingleton<IFrostingContext>(provider => provider.GetRequiredService<TContext>());
        });
    }
}
