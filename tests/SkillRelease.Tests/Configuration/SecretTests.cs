using System.Text.Json;
using SkillRelease.Configuration;

namespace SkillRelease.Tests.Configuration;

public sealed class SecretTests
{
    private sealed record Holder(string Name, Secret Token);

    [Test]
    public void ToString_AndInterpolation_ShowTheMaskOnly()
    {
        var secret = new Secret("Atzr|refresh-value");

        Assert.That((secret.ToString(), $"token {secret}"), Is.EqualTo(("***", "token ***")));
        Assert.That(secret.Reveal(), Is.EqualTo("Atzr|refresh-value"));
    }

    [Test]
    public void ARecordHoldingOne_PrintsTheMaskInItsGeneratedToString()
    {
        var holder = new Holder("ledger", new Secret("ghs_0123456789"));

        Assert.That(holder.ToString(), Is.EqualTo("Holder { Name = ledger, Token = *** }"));
    }

    [Test]
    public void Json_WritesTheMask_AndReadsTheValue()
    {
        var json = JsonSerializer.Serialize(new Holder("ledger", new Secret("ghs_0123456789")));
        var read = JsonSerializer.Deserialize<Holder>("""{"Name":"ledger","Token":"ghs_0123456789"}""");

        Assert.That(json, Is.EqualTo("""{"Name":"ledger","Token":"***"}"""));
        Assert.That(read!.Token.Reveal(), Is.EqualTo("ghs_0123456789"));
    }

    [Test]
    public void Equality_ComparesTheValues()
    {
        Assert.That(new Secret("a-secret") == new Secret("a-secret"), Is.True);
        Assert.That(new Secret("a-secret") != new Secret("another"), Is.True);
        Assert.That(new Secret("a-secret").Equals(null), Is.False);
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("  ")]
    public void From_ABlankValue_IsNoSecret(string? value)
    {
        Assert.That(Secret.From(value), Is.Null);
        Assert.That(() => new Secret(value!), Throws.InstanceOf<ArgumentException>());
    }
}
