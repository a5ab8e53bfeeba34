using System.Text.Json;
using System.Text.RegularExpressions;
using BostonInfo.Skill.Tests.Support;

namespace BostonInfo.Skill.Tests.SkillPackage;

/// <summary>
/// An interaction model read with JsonDocument for the model tests: ours (skill-package/interactionModels/custom/en-US.json)
/// unless another file is named (the original skill's, for the guard against losing its phrasings).
/// </summary>
internal sealed partial class InteractionModel : IDisposable
{
    private readonly JsonDocument _document;

    private InteractionModel(JsonDocument document) => _document = document;

    public static string FilePath { get; } = RepositoryFiles.PathOf("skill-package", "interactionModels", "custom", "en-US.json");

    public static InteractionModel Load() => Load(FilePath);

    public static InteractionModel Load(string path) => new(JsonDocument.Parse(File.ReadAllText(path)));

    public JsonElement Root => _document.RootElement.GetProperty("interactionModel");

    public JsonElement LanguageModel => Root.GetProperty("languageModel");

    public JsonElement Dialog => Root.GetProperty("dialog");

    public IEnumerable<JsonElement> Intents => LanguageModel.GetProperty("intents").EnumerateArray();

    public IReadOnlyList<string> IntentNames => Intents.Select(intent => intent.GetProperty("name").GetString()!).ToList();

    public IEnumerable<string> CustomTypeNames =>
        LanguageModel.TryGetProperty("types", out var types)
            ? types.EnumerateArray().Select(type => type.GetProperty("name").GetString()!)
            : [];

    public IEnumerable<JsonElement> CustomTypes =>
        LanguageModel.TryGetProperty("types", out var types) ? types.EnumerateArray() : [];

    /// <summary>Every sample of every intent and of its slots, with where it sits.</summary>
    public IEnumerable<(string Intent, string? Slot, string Sample)> AllSamples => Intents.SelectMany(SamplesWithOwners);

    public IEnumerable<JsonElement> Prompts =>
        Root.TryGetProperty("prompts", out var prompts) ? prompts.EnumerateArray() : [];

    public JsonElement Intent(string name) => Intents.Single(intent => intent.GetProperty("name").GetString() == name);

    public static IReadOnlyList<string> Samples(JsonElement intentOrSlot) =>
        intentOrSlot.TryGetProperty("samples", out var samples)
            ? samples.EnumerateArray().Select(sample => sample.GetString()!).ToList()
            : [];

    /// <summary>An intent's own samples (slot null) and its slots' samples (the slot named).</summary>
    public static IEnumerable<(string Intent, string? Slot, string Sample)> SamplesWithOwners(JsonElement intent) =>
        Samples(intent).Select(sample => (Name(intent), (string?)null, sample))
            .Concat(Slots(intent).SelectMany(slot => Samples(slot).Select(sample => (Name(intent), (string?)Name(slot), sample))));

    public static IEnumerable<string> Synonyms(JsonElement typeValue) =>
        typeValue.GetProperty("name").TryGetProperty("synonyms", out var synonyms)
            ? synonyms.EnumerateArray().Select(synonym => synonym.GetString()!)
            : [];

    public static IEnumerable<JsonElement> Slots(JsonElement intent) =>
        intent.TryGetProperty("slots", out var slots) ? slots.EnumerateArray() : [];

    public static string Name(JsonElement element) => element.GetProperty("name").GetString()!;

    public static string TypeOf(JsonElement slot) => slot.GetProperty("type").GetString()!;

    /// <summary>The slot names a sample refers to, e.g. "trash day at {Address}" → Address.</summary>
    public static IEnumerable<string> SlotReferences(string sample) =>
        SlotReference().Matches(sample).Select(match => match.Groups[1].Value);

    /// <summary>How Alexa compares samples: case and spacing do not make two samples different.</summary>
    public static string Normalise(string sample) => Whitespace().Replace(sample.Trim().ToLowerInvariant(), " ");

    public void Dispose() => _document.Dispose();

    [GeneratedRegex(@"\{([^{}]+)\}")]
    private static partial Regex SlotReference();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
