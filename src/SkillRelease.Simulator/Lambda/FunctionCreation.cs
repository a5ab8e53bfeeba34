namespace SkillRelease.Simulator.Lambda;

/// <summary>The members of a CreateFunction (zip package) the simulator keeps; null ones take Lambda's defaults.</summary>
internal sealed record FunctionCreation(
    byte[] Zip, string Runtime, string Handler, string Role, string? Architecture, int? MemorySize, int? Timeout, IReadOnlyDictionary<string, string>? Variables, string? Description);
