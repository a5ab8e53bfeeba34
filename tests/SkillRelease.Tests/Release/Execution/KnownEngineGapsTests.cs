namespace SkillRelease.Tests.Release.Execution;

/// <summary>The list of known engine gaps names only scenarios, suites and operation keys that exist, so a renamed scenario cannot hide a gap for ever.</summary>
public sealed class KnownEngineGapsTests
{
    [Test]
    public void EveryGap_NamesAnExistingSuiteAndScenario()
    {
        var scenarios = Scenario.All().Select(s => s.Name).ToHashSet(StringComparer.Ordinal);

        var operation = new System.Text.RegularExpressions.Regex("^(|(lambda|smapi|lwa|github):[A-Z][A-Za-z]+)$");

        Assert.That(
            KnownEngineGaps.All.Keys.Where(k => !scenarios.Contains(k.Scenario) || k.Suite is not (KnownEngineGaps.AfterLanding or KnownEngineGaps.LostAnswer) || !operation.IsMatch(k.Operation)),
            Is.Empty);
    }
}
