using BostonInfo.Skill.Routing;
using BostonInfo.Skill.Tests.Support;

namespace BostonInfo.Skill.Tests.SkillPackage;

public sealed class InteractionModelTests
{
    /// <summary>Built-in slot types the model may use; a typo in an AMAZON.* name must fail.</summary>
    private static readonly string[] KnownBuiltInSlotTypes =
        ["AMAZON.PostalAddress", "AMAZON.NUMBER", "AMAZON.City", "AMAZON.SearchQuery", "AMAZON.DATE", "AMAZON.US_STATE"];

    /// <summary>The intents of the original skill (survey §4), without CoronavirusUpdateIntent.</summary>
    private static readonly string[] OriginalIntentsKept =
    [
        "TrashDayIntent", "SnowParkingIntent", "VotingIntent", "CrimeIncidentsIntent", "GetAlertsIntent", "FeedbackIntent",
        "FoodTruckIntent", "LatestThreeOneOne", "InclementWeatherIntent", "FarmersMarketIntent",
        "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.NavigateHomeIntent", "AMAZON.FallbackIntent",
    ];

    /// <summary>The slots the handlers elicit (survey §1.6): each needs a dialog prompt and slot-filling samples.</summary>
    private static readonly (string Intent, string Slot)[] ElicitedSlots =
    [
        ("TrashDayIntent", "Address"), ("TrashDayIntent", "Neighborhood"),
        ("VotingIntent", "Address"), ("VotingIntent", "Zipcode"),
        ("SnowParkingIntent", "Address"), ("CrimeIncidentsIntent", "Address"), ("FoodTruckIntent", "Address"),
        ("FeedbackIntent", "Feedback"), ("GetAlertsIntent", "ServiceName"),
    ];

    private const int MinimumSamplesPerCustomIntent = 30;

    private InteractionModel _model = null!;

    [SetUp]
    public void LoadModel() => _model = InteractionModel.Load();

    [TearDown]
    public void DisposeModel() => _model.Dispose();

    [Test]
    public void Model_ParsesWithInvocationNameAndLowFallbackSensitivity()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_model.LanguageModel.GetProperty("invocationName").GetString(), Is.EqualTo("boston info"));
            Assert.That(_model.LanguageModel.GetProperty("modelConfiguration").GetProperty("fallbackIntentSensitivity")
                .GetProperty("level").GetString(), Is.EqualTo("LOW"));
        });
    }

    [Test]
    public void Model_HasEveryIntentOfTheOriginalExceptCoronavirus()
    {
        Assert.That(_model.IntentNames, Is.EquivalentTo(OriginalIntentsKept));
    }

    [Test]
    public void EveryModelIntent_HasAHandler_AndEveryHandledIntentIsInTheModel()
    {
        var router = SkillRoutes.Build(TestServices.Create());

        Assert.Multiple(() =>
        {
            Assert.That(_model.IntentNames.Except(router.IntentNames), Is.Empty, "intents in the model without a handler");
            Assert.That(router.IntentNames.Except(_model.IntentNames), Is.Empty, "handled intents missing from the model");
        });
    }

    [Test]
    public void NoSampleUtterance_IsUsedByTwoIntents()
    {
        var owners = _model.Intents
            .SelectMany(intent => InteractionModel.Samples(intent).Select(sample => (Sample: InteractionModel.Normalise(sample), Intent: InteractionModel.Name(intent))))
            .GroupBy(pair => pair.Sample)
            .Where(group => group.Select(pair => pair.Intent).Distinct().Count() > 1)
            .Select(group => $"\"{group.Key}\": {string.Join(", ", group.Select(pair => pair.Intent).Distinct())}");

        Assert.That(owners, Is.Empty);
    }

    [Test]
    public void NoSampleUtterance_IsRepeatedWithinAnIntentOrSlot()
    {
        var repeats = _model.Intents
            .SelectMany(intent => new[] { intent }.Concat(InteractionModel.Slots(intent)))
            .SelectMany(owner => InteractionModel.Samples(owner)
                .GroupBy(InteractionModel.Normalise)
                .Where(group => group.Count() > 1)
                .Select(group => $"{InteractionModel.Name(owner)}: \"{group.Key}\""));

        Assert.That(repeats, Is.Empty);
    }

    [Test]
    public void EverySlotType_IsAKnownBuiltInOrACustomTypeOfTheModel()
    {
        var defined = _model.CustomTypeNames.Concat(KnownBuiltInSlotTypes).ToHashSet(StringComparer.Ordinal);

        var missing = _model.Intents
            .SelectMany(intent => InteractionModel.Slots(intent).Select(slot => (Intent: InteractionModel.Name(intent), Type: InteractionModel.TypeOf(slot))))
            .Where(slot => !defined.Contains(slot.Type))
            .Select(slot => $"{slot.Intent}: {slot.Type}");

        Assert.That(missing, Is.Empty);
    }

    [Test]
    public void EveryCustomType_IsUsedBySomeSlot()
    {
        var used = _model.Intents.SelectMany(InteractionModel.Slots).Select(InteractionModel.TypeOf).ToHashSet();

        Assert.That(_model.CustomTypeNames.Where(type => !used.Contains(type)), Is.Empty);
    }

    [Test]
    public void EverySlotReferencedInASample_IsDeclaredOnItsIntent()
    {
        var undeclared = new List<string>();
        foreach (var intent in _model.Intents)
        {
            var declared = InteractionModel.Slots(intent).Select(InteractionModel.Name).ToHashSet(StringComparer.Ordinal);
            var samples = InteractionModel.Samples(intent).Concat(InteractionModel.Slots(intent).SelectMany(InteractionModel.Samples));
            undeclared.AddRange(samples
                .SelectMany(sample => InteractionModel.SlotReferences(sample).Select(slot => (sample, slot)))
                .Where(pair => !declared.Contains(pair.slot))
                .Select(pair => $"{InteractionModel.Name(intent)}: \"{pair.sample}\" uses {{{pair.slot}}}"));
        }

        Assert.That(undeclared, Is.Empty);
    }

    [Test]
    public void EverySlotSample_ContainsItsOwnSlot()
    {
        var strays = _model.Intents
            .SelectMany(InteractionModel.Slots)
            .SelectMany(slot => InteractionModel.Samples(slot)
                .Where(sample => !InteractionModel.SlotReferences(sample).Contains(InteractionModel.Name(slot)))
                .Select(sample => $"{InteractionModel.Name(slot)}: \"{sample}\""));

        Assert.That(strays, Is.Empty);
    }

    [Test]
    public void CustomIntents_HaveAtLeastThirtySamples_AndBuiltInsNeedNone()
    {
        Assert.Multiple(() =>
        {
            foreach (var intent in _model.Intents)
            {
                var name = InteractionModel.Name(intent);
                var count = InteractionModel.Samples(intent).Count;
                if (name.StartsWith("AMAZON.", StringComparison.Ordinal))
                {
                    Assert.That(count, Is.Zero, name);
                }
                else
                {
                    // Issue 13: at least 30 varied samples per custom intent, so Alexa's NLU has enough to generalise from.
                    Assert.That(count, Is.GreaterThanOrEqualTo(MinimumSamplesPerCustomIntent), name);
                }
            }
        });
    }

    [Test]
    public void Dialog_IsDrivenByTheSkill()
    {
        Assert.That(_model.Dialog.GetProperty("delegationStrategy").GetString(), Is.EqualTo("SKILL_RESPONSE"));
    }

    [Test]
    public void DialogIntents_AndTheirSlots_MatchTheLanguageModel()
    {
        var mismatches = new List<string>();
        foreach (var dialogIntent in _model.Dialog.GetProperty("intents").EnumerateArray())
        {
            var name = InteractionModel.Name(dialogIntent);
            if (!_model.IntentNames.Contains(name))
            {
                mismatches.Add($"{name} is not in the language model");
                continue;
            }

            var declared = InteractionModel.Slots(_model.Intent(name)).ToDictionary(InteractionModel.Name, InteractionModel.TypeOf);
            foreach (var slot in InteractionModel.Slots(dialogIntent))
            {
                if (!declared.TryGetValue(InteractionModel.Name(slot), out var type) || type != InteractionModel.TypeOf(slot))
                {
                    mismatches.Add($"{name}.{InteractionModel.Name(slot)} ({InteractionModel.TypeOf(slot)}) differs from the language model");
                }
            }
        }

        Assert.That(mismatches, Is.Empty);
    }

    [Test]
    public void EveryPromptIdReferenced_Exists_AndEveryPromptIsReferenced()
    {
        var defined = _model.Prompts.Select(prompt => prompt.GetProperty("id").GetString()!).ToList();
        var referenced = DialogSlots()
            .Where(slot => slot.Slot.GetProperty("prompts").TryGetProperty("elicitation", out _))
            .Select(slot => slot.Slot.GetProperty("prompts").GetProperty("elicitation").GetString()!)
            .ToList();

        Assert.Multiple(() =>
        {
            Assert.That(referenced.Except(defined), Is.Empty, "prompt ids referenced but not defined");
            Assert.That(defined.Except(referenced), Is.Empty, "prompts nobody uses");
            Assert.That(defined, Is.Unique);
            Assert.That(_model.Prompts.Select(prompt => prompt.GetProperty("variations").GetArrayLength()), Has.All.GreaterThan(0));
        });
    }

    [Test]
    public void EveryRequiredSlot_HasAnElicitationPrompt()
    {
        var withoutPrompt = DialogSlots()
            .Where(slot => slot.Slot.GetProperty("elicitationRequired").GetBoolean())
            .Where(slot => !slot.Slot.GetProperty("prompts").TryGetProperty("elicitation", out _))
            .Select(slot => $"{slot.Intent}.{InteractionModel.Name(slot.Slot)}");

        Assert.That(withoutPrompt, Is.Empty);
    }

    [TestCaseSource(nameof(ElicitedSlotCases))]
    public void ElicitedSlot_HasADialogPromptAndSlotFillingSamples(string intentName, string slotName)
    {
        var dialogSlot = DialogSlots().SingleOrDefault(slot => slot.Intent == intentName && InteractionModel.Name(slot.Slot) == slotName);
        var modelSlot = InteractionModel.Slots(_model.Intent(intentName)).Single(slot => InteractionModel.Name(slot) == slotName);

        Assert.Multiple(() =>
        {
            Assert.That(dialogSlot.Intent, Is.EqualTo(intentName), "the slot is in the dialog model");
            Assert.That(dialogSlot.Intent is not null && dialogSlot.Slot.GetProperty("prompts").TryGetProperty("elicitation", out _), Is.True,
                "the slot has an elicitation prompt");
            Assert.That(InteractionModel.Samples(modelSlot), Is.Not.Empty, "the slot has slot-filling samples");
            // A user answers the skill's question with the value alone ("1000 Dorchester Avenue"), except where Alexa
            // forbids it: an AMAZON.SearchQuery slot needs a carrier phrase even then (docs/interaction-model.md).
            if (InteractionModel.TypeOf(modelSlot) != AlexaSampleRules.SearchQuery)
            {
                Assert.That(InteractionModel.Samples(modelSlot).Select(InteractionModel.Normalise), Does.Contain($"{{{slotName.ToLowerInvariant()}}}"),
                    "the slot has a sample that is the value alone");
            }
        });
    }

    private static IEnumerable<TestCaseData> ElicitedSlotCases() =>
        ElicitedSlots.Select(slot => new TestCaseData(slot.Intent, slot.Slot).SetArgDisplayNames($"{slot.Intent}.{slot.Slot}"));

    private IEnumerable<(string Intent, System.Text.Json.JsonElement Slot)> DialogSlots() =>
        _model.Dialog.GetProperty("intents").EnumerateArray()
            .SelectMany(intent => InteractionModel.Slots(intent).Select(slot => (InteractionModel.Name(intent), slot)));

}
