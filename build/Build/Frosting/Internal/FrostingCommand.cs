using System.Reflection;
using Cake.Cli;
using Cake.Cli.Infrastructure;
using Cake.Core;
using Cake.Core.Configuration;
using Cake.Core.Diagnostics;
using Cake.Core.IO;
using Cake.Core.Scripting;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Cake.Frosting.Internal;

/// <summary>The single command: wires Cake's services, registers the tasks and runs the chosen script host.</summary>
internal sealed class FrostingCommand(HostSetup setup) : AsyncCommand<FrostingCommandSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, FrostingCommandSettings settings, CancellationToken cancellationToken)
    {
        if (settings.Version)
        {
            var version = Assembly.GetEntryAssembly()?.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
            Console.WriteLine($"Cake {typeof(ICakeEngine).Assembly.GetName().Version} (build program {version ?? "unversioned"})");
            return 0;
        }

        await using var provider = BuildServices(context.Remaining, settings);
        var log = provider.GetRequiredService<ICakeLog>();
        try
        {
            SetWorkingDirectory(provider, settings.WorkingDirectory);
            TaskRegistration.RegisterAll(provider.GetRequiredService<ICakeEngine>(), provider.GetServices<IFrostingTask>());
            var host = CreateScriptHost(provider, settings);
            if (settings.Exclusive)
            {
                host.Settings.UseExclusiveTarget();
            }

            await host.RunTargetAsync(settings.Target);
            return 0;
        }
        catch (Exception exception)
        {
            return TaskFailure.Report(log, exception);
        }
    }

    private ServiceProvider BuildServices(IRemainingArguments remaining, FrostingCommandSettings settings)
    {
        var services = new ServiceCollection();
        services.UseCakeDefaultModules();
        var arguments = remaining.ToCakeArguments([settings.Target], preProcessArgs: null);
        // As in Cake.Frosting, the host's own switches (--dryrun, --tree, …) are not task arguments.
        services.AddSingleton<ICakeArguments>(arguments);
        services.AddSingleton<IConsole, CakeConsole>();
        // A console per run, on whatever Console.Out is now (the static AnsiConsole.Console keeps the first one).
        services.AddSingleton(_ => AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) }));
        services.AddSingleton<ICakeLog>(provider => new CakeBuildLog(provider.GetRequiredService<IConsole>(), settings.Verbosity));
        services.AddSingleton<ICakeConfiguration>(provider =>
        {
            var environment = provider.GetRequiredService<ICakeEnvironment>();
            var arguments = provider.GetRequiredService<ICakeArguments>().GetArguments()
                .ToDictionary(argument => argument.Key, argument => argument.Value.LastOrDefault() ?? string.Empty, StringComparer.OrdinalIgnoreCase);
            return new CakeConfigurationProvider(provider.GetRequiredService<IFileSystem>(), environment)
                .CreateConfiguration(environment.WorkingDirectory, arguments);
        });
        services.AddSingleton<ICakeReportPrinter, CakeSpectreReportPrinter>();
        services.AddSingleton<IExecutionStrategy, DefaultExecutionStrategy>();
        // UseContext<T> registers T after this default, and the last registration wins.
        services.AddSingleton<FrostingContext>();
        services.AddSingleton<IFrostingContext>(provider => provider.GetRequiredService<FrostingContext>());
        foreach (var taskType in FindTaskTypes())
        {
            services.AddSingleton(typeof(IFrostingTask), taskType);
        }

        foreach (var configure in setup.ServiceConfigurations)
        {
            configure(services);
        }

        return services.BuildServiceProvider();
    }

    private IEnumerable<Type> FindTaskTypes() =>
        setup.Assemblies
            .SelectMany(assembly => assembly.GetTypes())
            .Where(type => typeof(IFrostingTask).IsAssignableFrom(type) && type is { IsClass: true, IsAbstract: false })
            .OrderBy(type => type.FullName, StringComparer.Ordinal);

    private static void SetWorkingDirectory(IServiceProvider provider, DirectoryPath? requested)
    {
        var environment = provider.GetRequiredService<ICakeEnvironment>();
        var directory = requested?.MakeAbsolute(environment) ?? environment.WorkingDirectory;
        if (!provider.GetRequiredService<IFileSystem>().Exist(directory))
        {
            throw new InvalidOperationException($"The working directory '{directory.FullPath}' does not exist.");
        }

        environment.WorkingDirectory = directory;
    }

    private static IScriptHost CreateScriptHost(IServiceProvider provider, FrostingCommandSettings settings)
    {
        var engine = provider.GetRequiredService<ICakeEngine>();
        var context = provider.GetRequiredService<IFrostingContext>();
        if (settings.DryRun)
        {
            return new DryRunScriptHost(engine, context, provider.GetRequiredService<ICakeLog>());
        }

        if (settings.Tree)
        {
            return new TreeScriptHost(engine, context, provider.GetRequiredService<IConsole>());
        }

        if (settings.Description)
        {
            return new DescriptionScriptHost(engine, context, provider.GetRequiredService<IAnsiConsole>());
        }

        return new BuildScriptHost(
            engine,
            provider.GetRequiredService<IExecutionStrategy>(),
            context,
            provider.GetRequiredService<ICakeReportPrinter>(),
            provider.GetRequiredService<ICakeConfiguration>(),
            provider.GetRequiredService<ICakeLog>());
    }
}
