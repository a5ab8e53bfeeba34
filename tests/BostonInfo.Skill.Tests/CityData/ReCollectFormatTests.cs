using BostonInfo.Skill.CityData.ReCollect;

namespace BostonInfo.Skill.Tests.CityData;

public sealed class ReCollectFormatTests
{
    [TestCase("Friday", new[] { DayOfWeek.Friday })]
    [TestCase("1A - Monday & Thursday", new[] { DayOfWeek.Monday, DayOfWeek.Thursday })]
    [TestCase("12 - Tuesday and Friday", new[] { DayOfWeek.Tuesday, DayOfWeek.Friday })]
    [TestCase("", new DayOfWeek[0])]
    public void ZoneTitle_GivesItsWeekdays(string title, DayOfWeek[] expected)
    {
        Assert.That(PickupDays.Parse(title), Is.EqualTo(expected));
    }

    [Test]
    public void Suggestions_DifferingOnlyByUnit_AreOnePlace_ButOneStreetInTwoNeighbourhoodsIsTwo()
    {
        ReCollectSuggestion[] suggestions =
        [
            new() { Name = "1 - 1000 Dorchester Ave, Boston, 02125" },
            new() { Name = "1000 Dorchester Ave Unit 1, Boston, 02125" },
            new() { Name = "1000 Dorchester Ave, Boston, 02125" },
            new() { Name = "12 Centre St, Roxbury, 02119" },
            new() { Name = "12 Centre St, Jamaica Plain, 02130" },
        ];

        Assert.That(SuggestionNames.DistinctPlaces(suggestions).Select(place => place.Name), Is.EqualTo(new[]
        {
            "1000 Dorchester Ave, Boston, 02125", "12 Centre St, Roxbury, 02119", "12 Centre St, Jamaica Plain, 02130",
        }));
    }
}
