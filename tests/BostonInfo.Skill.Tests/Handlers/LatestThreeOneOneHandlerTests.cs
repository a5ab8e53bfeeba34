using BostonInfo.Skill.Handlers;
using BostonInfo.Skill.Tests.Support;

namespace BostonInfo.Skill.Tests.Handlers;

public sealed class LatestThreeOneOneHandlerTests
{
    private const string Intent = "LatestThreeOneOne";

    [Test]
    public async Task NoNumber_ReadsTheThreeNewestReports_EscapedForSsml()
    {
        var skill = new FixtureSkill();

        using var response = await skill.AskAsync(FixtureSkill.Intent(Intent));

        var query = Uri.UnescapeDataString(skill.CallsTo("opendata")[^1].Query);
        Assert.Multiple(() =>
        {
            Assert.That(response.Heard(), Is.EqualTo(
                "Here are the 3 latest reports to Boston three one one. " +
                "Request for Pothole Repair on Dorchester Ave, for the Public Works Department. " +
                "Street Light Outages & Repairs on Tremont St, for the Public Works Department. " +
                "Parking Enforcement on Beacon St, for the Transportation - Traffic Division."));
            Assert.That(response.Ssml(), Does.Contain("Outages &amp; Repairs"));
            Assert.That(query, Does.Contain("resource_id=9d7c2214-4709-478a-a2e8-fb2020a5bb94"), "the 2026 table, the newest searchable one");
            Assert.That(query, Does.Contain("limit=3").And.Contain("sort=open_dt desc"));
            Assert.That(response.CardTitle(), Is.EqualTo("311 Reports"));
        });
    }

    [Test]
    public async Task TheCurrentTable_IsLookedUpOncePerDay()
    {
        var skill = new FixtureSkill();

        using (await skill.AskAsync(FixtureSkill.Intent(Intent)))
        using (await skill.AskAsync(FixtureSkill.Intent(Intent)))
        {
            Assert.That(skill.CallsTo("opendata").Count(uri => uri.AbsolutePath.EndsWith("/package_show", StringComparison.Ordinal)), Is.EqualTo(1));
        }

        skill.Time.UtcNow += LatestThreeOneOneHandler.TableLifetime;
        using (await skill.AskAsync(FixtureSkill.Intent(Intent)))
        {
            Assert.That(skill.CallsTo("opendata").Count(uri => uri.AbsolutePath.EndsWith("/package_show", StringComparison.Ordinal)), Is.EqualTo(2));
        }
    }

    [TestCase("5", 5)]
    [TestCase("25", LatestThreeOneOneHandler.MaxCount)]
    [TestCase("?", LatestThreeOneOneHandler.DefaultCount)]
    [TestCase("0", LatestThreeOneOneHandler.DefaultCount)]
    [TestCase("-2", LatestThreeOneOneHandler.DefaultCount)]
    [TestCase(null, LatestThreeOneOneHandler.DefaultCount)]
    public void RequestedCount_IsBoundedAndToleratesNonsense(string? spoken, int expected)
    {
        Assert.That(LatestThreeOneOneHandler.RequestedCount(spoken), Is.EqualTo(expected));
    }

    [Test]
    public async Task NumberSlot_AsksForThatMany()
    {
        var skill = new FixtureSkill();

        using var response = await skill.AskAsync(FixtureSkill.Intent(Intent).WithSlot(LatestThreeOneOneHandler.CountSlot, "5"));

        Assert.Multiple(() =>
        {
            Assert.That(response.Heard(), Does.StartWith("Here are the 5 latest reports"));
            Assert.That(Uri.UnescapeDataString(skill.CallsTo("opendata")[^1].Query), Does.Contain("limit=5"));
        });
    }
}
