using SkillRelease.Release.Packages;

namespace SkillRelease.Tests.Release.Packages;

public sealed class ReleaseTagTests
{
    [TestCase("v1.0.0")]
    [TestCase("v10.20.30")]
    [TestCase("v1.2.0-rc.1")]
    [TestCase("v1.2.0+build.5")]
    public void Parse_AcceptsVAndASemanticVersion(string tag) => Assert.That(ReleaseTag.Parse(tag).Value, Is.EqualTo(tag));

    [TestCase("1.0.0")]
    [TestCase("v1.0")]
    [TestCase("v01.0.0")]
    [TestCase("release-1")]
    [TestCase("v1.0.0 ")]
    public void Parse_RefusesAnythingElseWithAReadableSentence(string tag)
    {
        var error = Assert.Throws<InvalidReleaseTagException>(() => ReleaseTag.Parse(tag));

        Assert.That(error!.Message, Does.Contain($"'{tag}' is not a release tag").And.Contain("e.g. v1.2.0"));
    }

    [Test]
    public void FromGitRef_TakesTheTagOnlyFromATagRef()
    {
        Assert.That(ReleaseTag.FromGitRef("refs/tags/v1.2.3"), Is.EqualTo("v1.2.3"));
        Assert.That(ReleaseTag.FromGitRef("refs/heads/v1.2.3"), Is.Null);
        Assert.That(ReleaseTag.FromGitRef(null), Is.Null);
    }
}
