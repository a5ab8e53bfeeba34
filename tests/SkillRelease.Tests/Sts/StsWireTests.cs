using SkillRelease.Sts;

namespace SkillRelease.Tests.Sts;

/// <summary>Pins the STS wire constants the client and the simulator share to the Query protocol (see <see cref="StsWire"/>).</summary>
public sealed class StsWireTests
{
    [Test]
    public void Constants_AreTheWireValues()
    {
        Assert.Multiple(() =>
        {
            // https://docs.aws.amazon.com/STS/latest/APIReference/API_GetCallerIdentity.html
            Assert.That((StsWire.ActionField, StsWire.GetCallerIdentity, StsWire.VersionField, StsWire.Version), Is.EqualTo(("Action", "GetCallerIdentity", "Version", "2011-06-15")));
            Assert.That(StsWire.XmlNamespace, Is.EqualTo("https://sts.amazonaws.com/doc/2011-06-15/"));
            Assert.That(StsWire.SigningService, Is.EqualTo("sts"));
            Assert.That(StsWire.RequestIdHeader, Is.EqualTo("x-amzn-RequestId").IgnoreCase);
        });
    }
}
