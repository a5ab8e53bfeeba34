using BostonInfo.Skill.Speech;

namespace BostonInfo.Skill.Tests.Speech;

public sealed class SsmlBuilderTests
{
    [Test]
    public void Escape_ReplacesEveryXmlSpecialCharacter()
    {
        Assert.That(SsmlText.Escape("Fish & Chips <daily> \"fresh\" Joe's"),
            Is.EqualTo("Fish &amp; Chips &lt;daily&gt; &quot;fresh&quot; Joe&apos;s"));
    }

    [Test]
    public void Build_WrapsInSpeakAndKeepsAPlainTwinWithoutMarkup()
    {
        var speech = new SsmlBuilder()
            .Say("Here are today's alerts:")
            .Audio(new Uri("soundbank://soundlibrary/musical/amzn_sfx_electronic_beep_01"))
            .Pause(TimeSpan.FromSeconds(1))
            .Say("Tow lot <closed> & moved.")
            .Build();

        Assert.Multiple(() =>
        {
            Assert.That(speech.Ssml, Is.EqualTo(
                "<speak>Here are today&apos;s alerts: <audio src=\"soundbank://soundlibrary/musical/amzn_sfx_electronic_beep_01\"/> " +
                "<break time=\"1000ms\"/> Tow lot &lt;closed&gt; &amp; moved.</speak>"));
            Assert.That(speech.PlainText, Is.EqualTo("Here are today's alerts: Tow lot <closed> & moved."));
        });
    }

    [Test]
    public void Build_WithoutWords_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => new SsmlBuilder().Pause(TimeSpan.FromSeconds(1)).Build());
    }

    [Test]
    public void Pause_LongerThanAlexaAllows_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SsmlBuilder().Pause(TimeSpan.FromSeconds(11)));
    }

    [Test]
    public void PlainSpeech_HasNoSsml()
    {
        var speech = SpokenText.Plain("Goodbye.");

        Assert.Multiple(() =>
        {
            Assert.That(speech.Ssml, Is.Null);
            Assert.That(speech.PlainText, Is.EqualTo("Goodbye."));
        });
    }
}
