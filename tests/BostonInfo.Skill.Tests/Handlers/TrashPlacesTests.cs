using System.Text.Json.Nodes;
using BostonInfo.Skill.CityData.ReCollect;
using BostonInfo.Skill.Handlers;

namespace BostonInfo.Skill.Tests.Handlers;

public sealed class TrashPlacesTests
{
    private static ReCollectSuggestion Place(string name) => new() { Name = name, PlaceId = name };

    [Test]
    public void Matching_KeepsOnlyTheNumberAndStreetSaid_OncePerBuilding()
    {
        var suggestions = new[]
        {
            Place("100 Dorchester Ave, Boston, 02127"), Place("1000 Dorchester St, South Boston, 02127"),
            Place("1000 Dorchester Ave Unit 1, Boston, 02125"), Place("1000 Dorchester Ave, Boston, 02125"),
        };

        var matching = TrashPlaces.Matching(suggestions, "1000 Dorchester Ave");

        Assert.That(matching.Select(place => place.Name), Is.EqualTo(new[] { "1000 Dorchester Ave, Boston, 02125" }));
    }

    [TestCase("jamaica plain", null, "12 Centre St, Jamaica Plain, 02130")]
    [TestCase(null, "2119", "12 Centre St, Roxbury, 02119")]
    [TestCase("Dorchester", null, null)]
    public void Narrow_ByTheNeighborhoodOrZipCodeSaid(string? neighborhood, string? zipCode, string? expected)
    {
        var places = new[] { Place("12 Centre St, Roxbury, 02119"), Place("12 Centre St, Jamaica Plain, 02130") };

        var narrowed = TrashPlaces.Narrow(places, neighborhood, zipCode);

        Assert.That(narrowed.Select(place => place.Name), Is.EqualTo(expected is null ? Array.Empty<string>() : new[] { expected }));
    }

    [Test]
    public void Choices_AreNeighborhoods_WithTheZipCodeWhenTwoShareOne()
    {
        var apart = TrashPlaces.Choices([Place("12 Centre St, Roxbury, 02119"), Place("12 Centre St, Jamaica Plain, 02130")]);
        var together = TrashPlaces.Choices([Place("5 Main St, Charlestown, 02129"), Place("5 Main St, Charlestown, 02130")]);

        Assert.Multiple(() =>
        {
            Assert.That(apart, Is.EqualTo(new[] { "Roxbury", "Jamaica Plain" }));
            Assert.That(together, Is.EqualTo(new[] { "Charlestown 02129", "Charlestown 02130" }));
        });
    }

    [Test]
    public void Remembered_AreRecalledForTheSameStreetOnly()
    {
        var attributes = new JsonObject();
        TrashPlaces.Remember(attributes, "12 Centre St", [Place("12 Centre St, Roxbury, 02119")]);

        Assert.Multiple(() =>
        {
            Assert.That(TrashPlaces.Recall(attributes, "12 centre street")?.Select(place => place.PlaceId), Is.EqualTo(new[] { "12 Centre St, Roxbury, 02119" }));
            Assert.That(TrashPlaces.Recall(attributes, "14 Centre St"), Is.Null);
            Assert.That(TrashPlaces.Recall(new JsonObject { ["trashPlaces"] = "not ours" }, "12 Centre St"), Is.Null);
        });
    }
}
