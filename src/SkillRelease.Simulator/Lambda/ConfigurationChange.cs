namespace SkillRelease.Simulator.Lambda;

/// <summary>
/// The members of one UpdateFunctionConfiguration the simulator understands; null members leave the function as it is
/// and <see cref="Variables"/> replaces every variable, as on Lambda. Out-of-range values are refused with the
/// service model's constraint words.
/// </summary>
internal sealed record ConfigurationChange(string? Runtime, string? Handler, int? MemorySize, int? Timeout, IReadOnlyDictionary<string, string>? Variables)
{
    /// <summary>The runtimes this skill could run on (the service model's enum has many more; none of them runs .NET).</summary>
    private static readonly string[] Runtimes = ["dotnet8", "dotnet10", "provided.al2", "provided.al2023"];

    private static readonly string[] Architectures = ["x86_64", "arm64"];

    public void Validate()
    {
        if (Runtime is not null && !Runtimes.Contains(Runtime))
        {
            throw SimulatedLambdaError.InvalidParameter($"Value {Runtime} at 'runtime' failed to satisfy constraint: Member must satisfy enum value set: [{string.Join(", ", Runtimes)}] or be a valid ARN");
        }

        if (MemorySize is < 128 or > 10240)
        {
            throw SimulatedLambdaError.Validation($"1 validation error detected: Value '{MemorySize}' at 'memorySize' failed to satisfy constraint: Member must have value {(MemorySize < 128 ? "greater than or equal to 128" : "less than or equal to 10240")}");
        }

        if (Timeout is < 1 or > 900)
        {
            throw SimulatedLambdaError.Validation($"1 validation error detected: Value '{Timeout}' at 'timeout' failed to satisfy constraint: Member must have value {(Timeout < 1 ? "greater than or equal to 1" : "less than or equal to 900")}");
        }
    }

    public static void ValidateArchitecture(string? architecture)
    {
        if (architecture is not null && !Architectures.Contains(architecture))
        {
            throw SimulatedLambdaError.Validation($"1 validation error detected: Value '[{architecture}]' at 'architectures' failed to satisfy constraint: Member must satisfy constraint: [Member must satisfy enum value set: [{string.Join(", ", Architectures)}]]");
        }
    }

    public FunctionVersion ApplyTo(FunctionVersion version) => version with
    {
        Runtime = Runtime ?? version.Runtime,
        Handler = Handler ?? version.Handler,
        MemorySize = MemorySize ?? version.MemorySize,
        Timeout = Timeout ?? version.Timeout,
        Environment = Variables ?? version.Environment,
    };
}
