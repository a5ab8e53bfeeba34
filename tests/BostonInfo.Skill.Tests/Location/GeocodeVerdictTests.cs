using BostonInfo.Skill.CityData.Geocoding;
using BostonInfo.Skill.Location;

namespace BostonInfo.Skill.Tests.Location;

public sealed class GeocodeVerdictTests
{
    private static GeocodeCandidate Candidate(
        double score, string city, string postal, string region = "Massachusetts", string addressType = "PointAddress") => new()
        {
            Address = $"10 Main St, {city}, {region}, {postal}",
            Score = score,
            Location = new MapPoint { X = -71.06, Y = 42.37 },
            Attributes = new GeocodeAttributes { City = city, Region = region, Postal = postal, AddressType = addressType },
        };

    [Test]
    public void OneStrongBostonMatch_IsFound_WithItsStreetAndNeighbourhood()
    {
        var outcome = GeocodeVerdict.Judge("10 main street", [Candidate(100, "Charlestown", "02129"), Candidate(80, "Malden", "02148")]);

        Assert.That(outcome, Is.EqualTo(new LocationOutcome.Found(
            new Place("10 Main St", new(42.37, -71.06), "Charlestown") { PostalCode = "02129", IsStreetAddress = true })));
    }

    [TestCase("PointAddress", true)]
    [TestCase("Subaddress", true)]
    [TestCase("StreetAddress", true)]
    [TestCase("StreetAddressExt", true)]
    [TestCase("StreetName", false)]
    [TestCase("Postal", false)]
    [TestCase("PostalLoc", false)]
    [TestCase("Locality", false)]
    [TestCase("StreetInt", false)]
    public void MatchLevel_SaysWhetherTheGeocoderFoundAHouseNumber(string addressType, bool isStreetAddress)
    {
        var outcome = GeocodeVerdict.Judge("10 main street", [Candidate(100, "Charlestown", "02129", addressType: addressType)]);

        Assert.That(((LocationOutcome.Found)outcome).Place.IsStreetAddress, Is.EqualTo(isStreetAddress));
    }

    [Test]
    public void EquallyStrongMatchesInTwoPlaces_AreAmbiguous()
    {
        var outcome = GeocodeVerdict.Judge("10 main street", [Candidate(100, "Charlestown", "02129"), Candidate(99.5, "Cambridge", "02141")]);

        Assert.That(outcome, Is.TypeOf<LocationOutcome.Ambiguous>()
            .With.Property("Choices").EqualTo(new[] { "Charlestown 02129", "Cambridge 02141" }));
    }

    [Test]
    public void StrongMatchOutsideTheNeighbourhoodList_IsOutsideBoston()
    {
        Assert.Multiple(() =>
        {
            Assert.That(GeocodeVerdict.Judge("x", [Candidate(100, "Cambridge", "02142")]), Is.TypeOf<LocationOutcome.OutsideBoston>());
            Assert.That(GeocodeVerdict.Judge("x", [Candidate(100, "Boston", "02201", "Virginia")]), Is.TypeOf<LocationOutcome.OutsideBoston>());
        });
    }

    [Test]
    public void OnlyWeakMatches_AreNotFound()
    {
        Assert.That(GeocodeVerdict.Judge("x", [Candidate(72, "Boston", "02201")]), Is.TypeOf<LocationOutcome.NotFound>());
    }

    [TestCase("10 Main Street", null, null, "10 Main Street, Boston, MA")]
    [TestCase("10 Main Street Charlestown", null, null, "10 Main Street Charlestown")]
    [TestCase("1 Broadway Cambridge", null, null, "1 Broadway Cambridge")]
    [TestCase("12 Centre Street", "Jamaica Plain", null, "12 Centre Street, Jamaica Plain")]
    [TestCase("100 Washington Street", null, "2119", "100 Washington Street, 02119")]
    public void AddressText_NamesBostonOnlyWhenTheUserNamedNoPlace(string address, string? neighborhood, string? zip, string expected)
    {
        Assert.That(AddressText.ForGeocoder(address, neighborhood, zip), Is.EqualTo(expected));
    }
}
