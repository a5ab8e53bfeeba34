using System.Text.RegularExpressions;

namespace BostonInfo.Skill.Tests.SkillPackage;

/// <summary>
/// The rules Alexa's model build (SMAPI) enforces, checked here so that a model that passes our tests also builds on
/// Amazon: the simulator accepts any model with an invocation name and intents, so only these tests stand between a
/// bad sample and a FAILED build on a real deploy. Sources are listed in docs/interaction-model.md.
/// </summary>
public sealed partial class AlexaModelRulesTests
{
    /// <summary>Amazon's interaction model limits: model size, intents, and intents plus slot types.</summary>
    private const long MaxModelBytes = 1_500_000;
    private const int MaxIntents = 250;
    private const int MaxIntentsAndSlotTypes = 350;
    private const int MaxSlotValueCharacters = 140;

    private InteractionModel _model = null!;

    [SetUp]
    public void LoadModel() => _model = InteractionModel.Load();

    [TearDown]
    public void DisposeModel() => _model.Dispose();

    [Test]
    public void EverySample_FollowsAlexasSampleRules()
    {
        var problems = _model.Intents.SelectMany(intent =>
        {
            var types = InteractionModel.Slots(intent).ToDictionary(InteractionModel.Name, InteractionModel.TypeOf);
            return InteractionModel.SamplesWithOwners(intent).SelectMany(owned =>
                AlexaSampleRules.Problems(owned.Sample, types, isIntentSample: owned.Slot is null)
                    .Select(problem => $"{owned.Intent}{(owned.Slot is null ? "" : "." + owned.Slot)}: \"{owned.Sample}\": {problem}"));
        });

        Assert.That(problems, Is.Empty);
    }

    [TestCase("what's the m. b. t. a. status")]
    [TestCase("is the m.b.t.a. running")]
    [TestCase("where is the drop-off for {Address}")]
    [TestCase("the farmers' markets")]
    [TestCase("I'd like to report {Feedback}")]
    [TestCase("{Address} in {Neighborhood}")]
    public void SampleRules_AcceptWhatAlexaAccepts(string sample)
    {
        Assert.That(AlexaSampleRules.Problems(sample, SlotTypes, isIntentSample: false), Is.Empty);
    }

    [TestCase("the 5 latest reports", "neither a word")]
    [TestCase("trash day?", "neither a word")]
    [TestCase("trash day, please", "neither a word")]
    [TestCase("{Address}'s trash day", "neither a word")]
    [TestCase("trash - day", "neither a word")]
    [TestCase("pick-up- day", "neither a word")]
    [TestCase("{Feedback}", "carrier phrase")]
    [TestCase("report {Feedback} at {Address}", "cannot share a sample")]
    public void SampleRules_RefuseWhatTheBuildRefuses(string sample, string problem)
    {
        Assert.That(AlexaSampleRules.Problems(sample, SlotTypes, isIntentSample: false), Has.Some.Contains(problem));
    }

    [Test]
    public void SampleRules_RequireACarrierPhraseInAnIntentsOwnSamples()
    {
        Assert.Multiple(() =>
        {
            Assert.That(AlexaSampleRules.Problems("{Address}", SlotTypes, isIntentSample: true), Has.Some.Contains("carrier phrase"));
            Assert.That(AlexaSampleRules.Problems("{Address}", SlotTypes, isIntentSample: false), Is.Empty, "a slot-filling sample may be the slot alone");
        });
    }

    [Test]
    public void Model_IsWithinAlexasSizeAndCountLimits()
    {
        var intents = _model.IntentNames.Count;

        Assert.Multiple(() =>
        {
            Assert.That(new FileInfo(InteractionModel.FilePath).Length, Is.LessThanOrEqualTo(MaxModelBytes), "model size in bytes");
            Assert.That(intents, Is.LessThanOrEqualTo(MaxIntents), "intents");
            Assert.That(intents + _model.CustomTypeNames.Count(), Is.LessThanOrEqualTo(MaxIntentsAndSlotTypes), "intents and slot types");
        });
    }

    [Test]
    public void CustomSlotValuesAndSynonyms_AreAtMost140Characters_AndUniqueWithinTheirType()
    {
        foreach (var type in _model.CustomTypes)
        {
            var words = type.GetProperty("values").EnumerateArray()
                .SelectMany(value => new[] { value.GetProperty("name").GetProperty("value").GetString()! }
                    .Concat(InteractionModel.Synonyms(value)))
                .ToList();

            Assert.Multiple(() =>
            {
                Assert.That(words.Where(word => word.Length > MaxSlotValueCharacters), Is.Empty, InteractionModel.Name(type));
                Assert.That(words.Select(InteractionModel.Normalise), Is.Unique, InteractionModel.Name(type));
            });
        }
    }

    [Test]
    public void IntentSlotAndTypeNames_UseOnlyLettersAndUnderscores()
    {
        var custom = _model.IntentNames.Where(name => !name.StartsWith("AMAZON.", StringComparison.Ordinal))
            .Concat(_model.Intents.SelectMany(InteractionModel.Slots).Select(InteractionModel.Name))
            .Concat(_model.CustomTypeNames);

        Assert.That(custom.Where(name => !Name().IsMatch(name)), Is.Empty);
    }

    private static readonly IReadOnlyDictionary<string, string> SlotTypes = new Dictionary<string, string>
    {
        ["Address"] = "AMAZON.PostalAddress",
        ["Neighborhood"] = "AMAZON.City",
        ["Feedback"] = AlexaSampleRules.SearchQuery,
    };

    [GeneratedRegex("^[A-Za-z][A-Za-z_]*$")]
    private static partial Regex Name();
}
