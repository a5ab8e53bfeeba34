using System.ComponentModel;
using Cake.Cli;
using Cake.Core.Diagnostics;
using Spectre.Console.Cli;
using CakeDirectoryPath = Cake.Core.IO.DirectoryPath;
using CliDirectoryPathConverter = Cake.Cli.DirectoryPathConverter;

namespace Cake.Frosting.Internal;

/// <summary>The switches Cake.Frosting understands; anything else becomes a task argument.</summary>
internal sealed class FrostingCommandSettings : CommandSettings
{
    [CommandOption("-t|--target <TARGET>")]
    [Description("Target task to invoke.")]
    [DefaultValue("Default")]
    public string Target { get; set; } = "Default";

    [CommandOption("-v|--verbosity <VERBOSITY>")]
    [Description("Quiet, minimal, normal, verbose or diagnostic.")]
    [TypeConverter(typeof(VerbosityConverter))]
    [DefaultValue(Verbosity.Normal)]
    public Verbosity Verbosity { get; set; } = Verbosity.Normal;

    [CommandOption("-w|--working <PATH>")]
    [Description("Sets the working directory.")]
    [TypeConverter(typeof(CliDirectoryPathConverter))]
    public CakeDirectoryPath? WorkingDirectory { get; set; }

    [CommandOption("-e|--exclusive")]
    [Description("Executes the target task without any dependencies.")]
    public bool Exclusive { get; set; }

    [CommandOption("--dryrun|--noop|--whatif")]
    [Description("Performs a dry run: shows what would run, runs nothing.")]
    public bool DryRun { get; set; }

    [CommandOption("--description|--descriptions|--showdescription")]
    [Description("Shows the tasks with their descriptions.")]
    public bool Description { get; set; }

    [CommandOption("--tree|--showtree")]
    [Description("Shows the task dependency tree.")]
    public bool Tree { get; set; }

    [CommandOption("--version|--ver")]
    [Description("Displays version information.")]
    public bool Version { get; set; }
}
