using BostonInfo.Skill.Location;

namespace BostonInfo.Skill.Tests.Location;

public sealed class StreetAddressTextTests
{
    [TestCase("1000 Dorchester Avenue", true)]
    [TestCase("12A Centre Street", true)]
    [TestCase("10-12 Main St", true)]
    [TestCase("1 City Hall Sq, Boston, MA 02201", true)]
    [TestCase("Dorchester Avenue", false)]
    [TestCase("02125", false)]
    [TestCase("Jamaica Plain", false)]
    [TestCase("", false)]
    public void HasHouseNumber_IsTrueOnlyForANumberFollowedByAStreet(string address, bool expected) =>
        Assert.That(AddressText.HasHouseNumber(address), Is.EqualTo(expected));

    [TestCase("1000 Dorchester Avenue", "1000 Dorchester Ave")]
    [TestCase("1000  DORCHESTER ave.", "1000 Dorchester Ave, Dorchester, Massachusetts, 02125")]
    [TestCase("1 City Hall Square", "1 City Hall Sq, Boston, 02201")]
    public void Same_IgnoresCaseSpacingAndSpelledOutStreetTypes(string said, string written) =>
        Assert.That(StreetLine.Same(said, written), Is.True);

    [TestCase("100 Dorchester Ave", "1000 Dorchester Ave")]
    [TestCase("1000 Dorchester St", "1000 Dorchester Ave")]
    [TestCase("1000 Dorchester Ave", "1000 Dorchester Avenue Extension")]
    public void Same_IsFalseForAnotherNumberOrStreet(string one, string other) =>
        Assert.That(StreetLine.Same(one, other), Is.False);
}
