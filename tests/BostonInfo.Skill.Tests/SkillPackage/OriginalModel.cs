using System.Text.Json;

namespace BostonInfo.Skill.Tests.SkillPackage;

/// <summary>
/// The original skill's interaction model (Original/voiceapp311-en-US.json, see Original/README.md) and the list of
/// its phrasings and intents we do not keep word for word (Original/not-kept.json), with the reason for each.
/// </summary>
internal sealed class OriginalModel
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    private OriginalModel(IReadOnlyList<RetiredIntent> retiredIntents, IReadOnlyList<NotKeptPhrasing> notKept)
    {
        RetiredIntents = retiredIntents;
        NotKept = notKept;
    }

    public static string ModelPath { get; } = PathOf("voiceapp311-en-US.json");

    public static string NotKeptPath { get; } = PathOf("not-kept.json");

    public IReadOnlyList<RetiredIntent> RetiredIntents { get; }

    public IReadOnlyList<NotKeptPhrasing> NotKept { get; }

    public static OriginalModel LoadNotKept()
    {
        var list = JsonSerializer.Deserialize<NotKeptList>(File.ReadAllText(NotKeptPath), Json)
            ?? throw new InvalidDataException($"{NotKeptPath} is empty.");
        return new OriginalModel(list.RetiredIntents, list.Phrasings);
    }

    /// <summary>Every sample of the original, as (intent, slot or null, sample), for the intents we keep.</summary>
    public IReadOnlyList<(string Intent, string? Slot, string Sample)> PhrasingsOfKeptIntents()
    {
        using var original = InteractionModel.Load(ModelPath);
        var retired = RetiredIntents.Select(intent => intent.Intent).ToHashSet(StringComparer.Ordinal);
        return [.. original.Intents
            .Where(intent => !retired.Contains(InteractionModel.Name(intent)))
            .SelectMany(intent => InteractionModel.SamplesWithOwners(intent))];
    }

    public static IReadOnlyList<string> IntentNames()
    {
        using var original = InteractionModel.Load(ModelPath);
        return original.IntentNames;
    }

    private static string PathOf(string file) =>
        RepositoryFiles.PathOf("tests", "BostonInfo.Skill.Tests", "SkillPackage", "Original", file);

    private sealed record NotKeptList(IReadOnlyList<RetiredIntent> RetiredIntents, IReadOnlyList<NotKeptPhrasing> Phrasings);
}
