using System.Text.Json;
using System.Text.RegularExpressions;
using BostonInfo.Skill.Server.Tests.Support;

namespace BostonInfo.Skill.Server.Tests;

/// <summary>
/// Every sample of our interaction model, said to virtual-alexa's intent matcher (conversations/samples.js, one node
/// process for all of them): an intent's sample must resolve to that intent with the slot values it was given, and a
/// slot's sample must fill that slot in its intent's dialog. A sample that another intent's sample outscores, or
/// whose slots the matcher reads wrongly, fails here before a user meets it.
/// </summary>
[NonParallelizable]
public sealed partial class SampleResolutionTests
{
    private static readonly string ModelFile = RepositoryFiles.PathOf("skill-package", "interactionModels", "custom", "en-US.json");

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    private IReadOnlyList<ResolvedSample> _samples = null!;

    [OneTimeSetUp]
    public async Task SayEverySample()
    {
        await ConversationPackages.Packages.EnsureInstalledAsync();

        var node = await ProcessRun.RunAsync(NodeTools.Node, ["samples.js", ModelFile], ConversationPackages.Packages.Folder, TimeSpan.FromMinutes(2));
        if (node.ExitCode != 0)
        {
            Assert.Fail($"samples.js failed with exit code {node.ExitCode}:\n{node.Tail()}");
        }

        _samples = JsonSerializer.Deserialize<List<ResolvedSample>>(node.StandardOutput, Json)!;
    }

    [Test]
    public void EverySampleOfTheModel_WasSaid()
    {
        using var model = JsonDocument.Parse(File.ReadAllText(ModelFile));
        var intents = model.RootElement.GetProperty("interactionModel").GetProperty("languageModel").GetProperty("intents").EnumerateArray().ToList();
        var inModel = intents.Sum(intent => Count(intent) + (intent.TryGetProperty("slots", out var slots) ? slots.EnumerateArray().Sum(Count) : 0));

        Assert.That(_samples, Has.Count.EqualTo(inModel));
    }

    [Test]
    public void EveryIntentSample_ResolvesToItsIntent_WithTheSlotValuesSaid()
    {
        var wrong = _samples.Where(sample => sample.Slot is null)
            .Where(sample => sample.ResolvedIntent != sample.Intent || !SameSlots(sample))
            .Select(Describe);

        Assert.That(wrong, Is.Empty);
    }

    [Test]
    public void EverySlotSample_FillsItsSlotsInItsIntentsDialog()
    {
        var wrong = _samples.Where(sample => sample.Slot is not null)
            .Where(sample => sample.ResolvedIntent != sample.Intent || (!AdjacentSlots().IsMatch(sample.Sample) && !SameSlots(sample)))
            .Select(Describe);

        Assert.That(wrong, Is.Empty);
    }

    /// <summary>
    /// virtual-alexa matches with regular expressions, so it cannot split two slots with nothing between them
    /// ("{Address} {Neighborhood}" puts both words in Address); Alexa's statistical model can. Such samples must still
    /// resolve to their intent, and the test says which ones were spared the slot check.
    /// </summary>
    [Test]
    public void SamplesWithAdjacentSlots_StillResolveToTheirIntent()
    {
        var adjacent = _samples.Where(sample => AdjacentSlots().IsMatch(sample.Sample)).ToList();

        Assert.That(adjacent.Select(sample => sample.ResolvedIntent), Is.EqualTo(adjacent.Select(sample => sample.Intent)));
        TestContext.Out.WriteLine("Slot values not checked (adjacent slots): " + string.Join(", ", adjacent.Select(sample => $"\"{sample.Sample}\"")));
    }

    [Test]
    public void SpokenNumbers_FillTheCountOfThreeOneOneReports()
    {
        var withCount = _samples.Where(sample => sample.Intent == "LatestThreeOneOne" && sample.Sample.Contains("{number_requests}", StringComparison.Ordinal)).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(withCount, Has.Count.GreaterThanOrEqualTo(10), "samples that let the user say how many reports");
            Assert.That(withCount.Select(sample => sample.FilledSlots.GetValueOrDefault("number_requests")), Has.All.EqualTo("five"));
        });
    }

    private static bool SameSlots(ResolvedSample sample) =>
        sample.FilledSlots.Count == sample.Expected.Count &&
        sample.Expected.All(expected => sample.FilledSlots.GetValueOrDefault(expected.Key) == expected.Value);

    private static string Describe(ResolvedSample sample) =>
        $"{sample.Where}: \"{sample.Said}\" resolved to {sample.ResolvedIntent ?? "nothing"} " +
        $"with {string.Join(", ", sample.FilledSlots.Select(slot => $"{slot.Key}={slot.Value}"))}";

    private static int Count(JsonElement owner) => owner.TryGetProperty("samples", out var samples) ? samples.GetArrayLength() : 0;

    [GeneratedRegex(@"\}\s*\{")]
    private static partial Regex AdjacentSlots();
}
