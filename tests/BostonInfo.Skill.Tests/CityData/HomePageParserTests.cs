using BostonInfo.Skill.CityData.BostonGov;
using BostonInfo.Skill.Fixtures;

namespace BostonInfo.Skill.Tests.CityData;

public sealed class HomePageParserTests
{
    [Test]
    public void FixturePage_GivesTheBannerAndEveryTileInPageOrder()
    {
        var status = HomePageParser.Parse(FixtureFiles.Text(FixtureFiles.BostonGovHome));

        Assert.Multiple(() =>
        {
            Assert.That(status.Banner, Is.EqualTo(
                "Snow emergency. A snow emergency and parking ban are in effect starting 8 p.m. Sunday. Move your car off main roads & use a discounted garage."),
                "the title and the description of today's emergency alert template, without its 'Last updated' line");
            Assert.That(status.Services.Select(service => service.Service), Is.EqualTo(new[]
            {
                "Street Cleaning", "Trash and recycling", "City building hours", "Parking meters", "Tow lot", "Schools",
            }));
            Assert.That(status.Services[3].Text, Is.EqualTo("Parking meters are not enforced during the snow emergency."), "&nbsp; is a space");
        });
    }

    [Test]
    public void Pruning_DropsNormalTilesAndTheTowLotsStandingNotice()
    {
        var alerts = AlertPruning.Alerts(HomePageParser.Parse(FixtureFiles.Text(FixtureFiles.BostonGovHome)));

        Assert.That(alerts.Select(alert => alert.Service), Is.EqualTo(new[]
        {
            AlertPruning.BannerService, "Trash and recycling", "Parking meters", "Schools",
        }));
    }

    [Test]
    public void PageWithoutBanner_HasNoBanner()
    {
        var status = HomePageParser.Parse("""<div class="cds-t t--upper t--sans m-b300">Schools</div><div class="cds-d t--subinfo">Open</div>""");

        Assert.Multiple(() =>
        {
            Assert.That(status.Banner, Is.Null);
            Assert.That(status.Services.Single(), Is.EqualTo(new CityAlert("Schools", "Open")));
        });
    }

    [Test]
    public void TileWithNestedMarkup_IsReadWholeWithItsWordsApart()
    {
        // A regular expression stops at the first closing tag of the same name; an HTML parser knows the nesting.
        var status = HomePageParser.Parse("""
            <div class="cds-t t--upper t--sans m-b300">Trash&nbsp;and recycling</div>
            <div class="cds-d t--subinfo"><div>Delayed one day</div>after <a href="/holidays">Monday's holiday</a>.<br>Put carts out&amp;wait</div>
            """);

        Assert.That(status.Services.Single(), Is.EqualTo(new CityAlert("Trash and recycling", "Delayed one day after Monday's holiday. Put carts out&wait")));
    }
}
