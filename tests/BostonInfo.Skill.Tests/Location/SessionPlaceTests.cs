using System.Text.Json.Nodes;
using BostonInfo.Skill.Location;

namespace BostonInfo.Skill.Tests.Location;

public sealed class SessionPlaceTests
{
    private static readonly Place Found = new("12 Centre St", new(42.31196, -71.11412), "Jamaica Plain") { PostalCode = "02130", IsStreetAddress = true };

    [Test]
    public void Remembered_SurvivesTheSessionsJson_ForTheSameAddress()
    {
        var attributes = new JsonObject();
        SessionPlace.Remember(attributes, "12 Centre Street", Found);
        // Alexa hands the attributes back as JSON text on the next turn.
        var nextTurn = JsonNode.Parse(attributes.ToJsonString())!.AsObject();

        Assert.Multiple(() =>
        {
            Assert.That(SessionPlace.Recall(nextTurn, "12  centre street", null, null), Is.EqualTo(Found));
            Assert.That(SessionPlace.Recall(nextTurn, "12 Centre Street", "Jamaica Plain", "2130"), Is.EqualTo(Found));
            Assert.That(SessionPlace.Recall(nextTurn, "14 Centre Street", null, null), Is.Null);
        });
    }

    [TestCase("Roxbury", null)]
    [TestCase(null, "02119")]
    public void NeighborhoodOrZipCodeSaidSince_ThatThePlaceIsNotIn_IsGeocodedAgain(string? neighborhood, string? zipCode)
    {
        var attributes = new JsonObject();
        SessionPlace.Remember(attributes, "12 Centre Street", Found);

        Assert.That(SessionPlace.Recall(attributes, "12 Centre Street", neighborhood, zipCode), Is.Null);
    }
}
