namespace BostonInfo.Skill.Tests.SkillPackage;

/// <summary>
/// The guard against losing what people could say to the original skill: every sample of the original model
/// (intents and slots, Original/voiceapp311-en-US.json) is in ours in the same intent or slot, or Original/not-kept.json
/// says how it was reworded or what it conflicts with. Our intents and slots keep the original's names, so a phrasing
/// maps onto the intent and slot of the same name.
/// </summary>
public sealed class OriginalPhrasingTests
{
    private readonly OriginalModel _original = OriginalModel.LoadNotKept();

    [Test]
    public void EveryOriginalPhrasing_IsInOurModel_OrListedAsNotKeptWithAReason()
    {
        // Given
        var ours = OurSamples();
        var notKept = _original.NotKept.Select(Key).ToHashSet();

        // When
        var lost = _original.PhrasingsOfKeptIntents()
            .Where(phrasing => !ours.Contains(Key(phrasing.Intent, phrasing.Slot, phrasing.Sample)))
            .Where(phrasing => !notKept.Contains(Key(phrasing.Intent, phrasing.Slot, phrasing.Sample)))
            .Select(phrasing => $"{Where(phrasing.Intent, phrasing.Slot)}: \"{phrasing.Sample}\"");

        // Then
        Assert.That(lost, Is.Empty,
            "original phrasings missing from skill-package/interactionModels/custom/en-US.json; add them, or list them in " +
            "tests/BostonInfo.Skill.Tests/SkillPackage/Original/not-kept.json with the reason");
    }

    [Test]
    public void EveryRewordedPhrasing_IsInOurModelInItsNewWords_AndNotInItsOldOnes()
    {
        var ours = OurSamples();

        var wrong = _original.NotKept
            .Where(phrasing => phrasing.KeptAs is not null)
            .Where(phrasing => !ours.Contains(Key(phrasing.Intent, phrasing.Slot, phrasing.KeptAs!)) || ours.Contains(Key(phrasing)))
            .Select(phrasing => $"{phrasing.Where}: \"{phrasing.Original}\" -> \"{phrasing.KeptAs}\"");

        Assert.That(wrong, Is.Empty);
    }

    [Test]
    public void EveryConflictingPhrasing_IsLeftOut_AndNamesWhatItConflictsWith()
    {
        var ours = OurSamples();

        var wrong = _original.NotKept
            .Where(phrasing => phrasing.KeptAs is null)
            .Where(phrasing => string.IsNullOrWhiteSpace(phrasing.ConflictsWith) || ours.Contains(Key(phrasing)))
            .Select(phrasing => $"{phrasing.Where}: \"{phrasing.Original}\"");

        Assert.That(wrong, Is.Empty, "a conflict must name what it conflicts with, and the phrasing must really be left out");
    }

    [Test]
    public void NotKeptList_NamesOnlyRealOriginalPhrasings_EachWithAReason()
    {
        var original = _original.PhrasingsOfKeptIntents().Select(phrasing => Key(phrasing.Intent, phrasing.Slot, phrasing.Sample)).ToHashSet();

        var stale = _original.NotKept
            .Where(phrasing => !original.Contains(Key(phrasing)) || string.IsNullOrWhiteSpace(phrasing.Reason))
            .Select(phrasing => $"{phrasing.Where}: \"{phrasing.Original}\"");

        Assert.That(stale, Is.Empty, "entries of not-kept.json that are no original phrasing, or have no reason");
    }

    [Test]
    public void EveryOriginalIntent_IsInOurModel_OrRetiredWithAReason()
    {
        using var ours = InteractionModel.Load();
        var retired = _original.RetiredIntents.Where(intent => !string.IsNullOrWhiteSpace(intent.Reason)).Select(intent => intent.Intent);

        Assert.Multiple(() =>
        {
            Assert.That(OriginalModel.IntentNames().Except(ours.IntentNames).Except(retired), Is.Empty, "original intents missing");
            Assert.That(_original.RetiredIntents.Select(intent => intent.Intent).Intersect(ours.IntentNames), Is.Empty,
                "intents listed as retired but still in our model");
        });
    }

    private static HashSet<string> OurSamples()
    {
        using var ours = InteractionModel.Load();
        return ours.AllSamples.Select(sample => Key(sample.Intent, sample.Slot, sample.Sample)).ToHashSet();
    }

    private static string Key(NotKeptPhrasing phrasing) => Key(phrasing.Intent, phrasing.Slot, phrasing.Original);

    /// <summary>Case and spacing do not make two samples different (Alexa compares them the same way).</summary>
    private static string Key(string intent, string? slot, string sample) => $"{Where(intent, slot)}|{InteractionModel.Normalise(sample)}";

    private static string Where(string intent, string? slot) => slot is null ? intent : $"{intent}.{slot}";
}
