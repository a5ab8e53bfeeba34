using System.Text.Json;
using System.Text.Json.Nodes;
using SkillRelease.Lambda.Model;

namespace SkillRelease.Release.Function;

/// <summary>
/// The Lambda function's configuration as the repository declares it (src/BostonInfo.Skill/function.json), in the
/// API's own member names so that it reads like GetFunctionConfiguration's answer. deploy-latest puts $LATEST back to
/// it, so a console change does not survive the next deploy, and published versions carry it to the aliases.
/// </summary>
/// <remarks>
/// Environment values are literal, with two exceptions: <c>"${NAME}"</c> is a release setting filled in by the
/// pipeline (ALEXA_SKILL_ID, which differs per fork), and <c>null</c> names a secret that lives only on the function
/// (set by hand, never in the repository): the pipeline keeps its value. Any other variable is removed.
/// </remarks>
public sealed record FunctionDefinition
{
    public required string Runtime { get; init; }
    public required string Handler { get; init; }
    /// <summary><c>x86_64</c> or <c>arm64</c>. Lambda changes it only with a code upload, not a configuration update.</summary>
    public required string Architecture { get; init; }
    public required int MemorySize { get; init; }
    /// <summary>Seconds.</summary>
    public required int Timeout { get; init; }
    /// <summary>The variables with a value, settings already filled in.</summary>
    public IReadOnlyDictionary<string, string> Variables { get; init; } = new Dictionary<string, string>();
    /// <summary>The variables declared <c>null</c>: secrets the function keeps.</summary>
    public IReadOnlySet<string> KeptVariables { get; init; } = new HashSet<string>();

    /// <summary><c>provided.*</c> runs the Native AOT <c>bootstrap</c> package; the <c>dotnet*</c> runtimes the managed one.</summary>
    public bool IsNativeAot => Runtime.StartsWith("provided.", StringComparison.Ordinal);

    /// <param name="settings">The values <c>"${NAME}"</c> may name, e.g. ALEXA_SKILL_ID.</param>
    public static FunctionDefinition Load(string path, IReadOnlyDictionary<string, string> settings)
    {
        if (!File.Exists(path))
        {
            throw new FunctionDefinitionException($"{path} is missing: it declares the Lambda function's runtime, handler, memory, timeout and environment (see docs/release-tasks.md).");
        }

        return Parse(File.ReadAllText(path), path, settings);
    }

    public static FunctionDefinition Parse(string json, string source, IReadOnlyDictionary<string, string> settings)
    {
        JsonObject root;
        try
        {
            root = JsonNode.Parse(json) as JsonObject ?? throw new FunctionDefinitionException($"{source} must hold one JSON object.");
        }
        catch (JsonException exception)
        {
            throw new FunctionDefinitionException($"{source} is not valid JSON ({exception.Message}).");
        }

        var architectures = root["Architectures"] as JsonArray;
        var architecture = architectures is [JsonValue only] && only.TryGetValue<string>(out var a) ? a : null;
        if (architecture is not ("x86_64" or "arm64"))
        {
            throw new FunctionDefinitionException($"{source}: Architectures must be [\"x86_64\"] or [\"arm64\"].");
        }

        var runtime = Text(root, "Runtime", source, "dotnet10 (the managed package) or provided.al2023 (the Native AOT bootstrap)");
        if (!runtime.StartsWith("dotnet", StringComparison.Ordinal) && !runtime.StartsWith("provided.", StringComparison.Ordinal))
        {
            throw new FunctionDefinitionException($"{source}: Runtime {runtime} cannot run this skill: use dotnet10 (the managed package) or provided.al2023 (the Native AOT bootstrap).");
        }

        var (variables, kept) = ReadVariables(root, source, settings);
        return new FunctionDefinition
        {
            Runtime = runtime,
            Handler = Text(root, "Handler", source, "BostonInfo.Skill::BostonInfo.Skill.Function::Handle, or bootstrap for provided.al2023"),
            Architecture = architecture,
            MemorySize = Number(root, "MemorySize", source, 128, 10240),
            Timeout = Number(root, "Timeout", source, 1, 900),
            Variables = variables,
            KeptVariables = kept,
        };
    }

    /// <summary>
    /// What UpdateFunctionConfiguration must change on <paramref name="current"/>, in words (variable names only:
    /// the values may be secrets). Empty when it matches; the architecture is not among them.
    /// </summary>
    public IReadOnlyList<string> Differences(FunctionConfiguration current)
    {
        ArgumentNullException.ThrowIfNull(current);
        var differences = new List<string>();
        Compare("runtime", current.Runtime, Runtime);
        Compare("handler", current.Handler, Handler);
        Compare("memory", current.MemorySize?.ToString(System.Globalization.CultureInfo.InvariantCulture), MemorySize.ToString(System.Globalization.CultureInfo.InvariantCulture), " MB");
        Compare("timeout", current.Timeout?.ToString(System.Globalization.CultureInfo.InvariantCulture), Timeout.ToString(System.Globalization.CultureInfo.InvariantCulture), " s");
        var remote = current.Environment?.Variables ?? new Dictionary<string, string>();
        var changed = Variables.Where(v => remote.GetValueOrDefault(v.Key) != v.Value).Select(v => v.Key).ToList();
        var removed = remote.Keys.Where(name => !Variables.ContainsKey(name) && !KeptVariables.Contains(name)).ToList();
        if (changed.Count > 0)
        {
            differences.Add($"environment {string.Join(", ", changed.Order(StringComparer.Ordinal))} set");
        }

        if (removed.Count > 0)
        {
            differences.Add($"environment {string.Join(", ", removed.Order(StringComparer.Ordinal))} removed (not declared)");
        }

        return differences;

        void Compare(string what, string? now, string declared, string unit = "")
        {
            if (now != declared)
            {
                differences.Add($"{what} {now ?? "(none)"}{(now is null ? "" : unit)} → {declared}{unit}");
            }
        }
    }

    /// <summary>The configuration and the architecture of <paramref name="version"/> are as declared.</summary>
    public bool Describes(FunctionConfiguration version) => Differences(version).Count == 0 && ArchitectureOf(version) == Architecture;

    /// <summary>Lambda reports one architecture; a function created without one is x86_64.</summary>
    public static string ArchitectureOf(FunctionConfiguration version) => version.Architectures is [var only, ..] ? only : "x86_64";

    /// <summary>The complete variable set to send: the declared values, and the kept secrets as the function has them.</summary>
    public FunctionEnvironment EnvironmentFor(FunctionConfiguration current)
    {
        var remote = current.Environment?.Variables ?? new Dictionary<string, string>();
        var variables = new SortedDictionary<string, string>(Variables.ToDictionary(), StringComparer.Ordinal);
        foreach (var name in KeptVariables.Where(remote.ContainsKey))
        {
            variables[name] = remote[name];
        }

        return new FunctionEnvironment { Variables = variables };
    }

    private static (IReadOnlyDictionary<string, string> Variables, IReadOnlySet<string> Kept) ReadVariables(JsonObject root, string source, IReadOnlyDictionary<string, string> settings)
    {
        var variables = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var kept = new SortedSet<string>(StringComparer.Ordinal);
        var declared = root["Environment"] is null ? [] : root["Environment"]?["Variables"] as JsonObject
            ?? throw new FunctionDefinitionException($"{source}: Environment must be {{\"Variables\": {{\"NAME\": \"value\", ...}}}}.");
        foreach (var (name, node) in declared)
        {
            if (node is null)
            {
                kept.Add(name);
                continue;
            }

            var value = node is JsonValue v && v.TryGetValue<string>(out var text)
                ? text
                : throw new FunctionDefinitionException($"{source}: Environment.Variables.{name} must be a string (or null for a secret set on the function by hand).");
            variables[name] = value.StartsWith("${", StringComparison.Ordinal) && value.EndsWith('}') ? Setting(value[2..^1], name, source, settings) : value;
        }

        return (variables, kept);
    }

    private static string Setting(string setting, string variable, string source, IReadOnlyDictionary<string, string> settings) =>
        settings.TryGetValue(setting, out var value)
            ? value
            : throw new FunctionDefinitionException($"{source}: Environment.Variables.{variable} names ${{{setting}}}, which is not a setting the pipeline fills in: use {string.Join(" or ", settings.Keys.Select(k => "${" + k + "}"))}, or a literal value.");

    private static string Text(JsonObject root, string name, string source, string example) =>
        root[name] is JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text)
            ? text
            : throw new FunctionDefinitionException($"{source}: {name} is missing; write e.g. {example}.");

    private static int Number(JsonObject root, string name, string source, int min, int max) =>
        root[name] is JsonValue value && value.TryGetValue<int>(out var number) && number >= min && number <= max
            ? number
            : throw new FunctionDefinitionException($"{source}: {name} must be a whole number from {min} to {max}.");
}
