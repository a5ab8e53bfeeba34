using SkillRelease.Http;

namespace SkillRelease.Tests.Http;

public sealed class SecretRedactorTests
{
    [Test]
    public void Redact_MasksEverySecretAlsoWhenUrlEncoded()
    {
        var redactor = new SecretRedactor(["Atzr|refresh+token=", "client-secret"]);

        var text = redactor.Redact("refresh_token=Atzr%7Crefresh%2Btoken%3D&client_secret=client-secret and Atzr|refresh+token=");

        Assert.That(text, Is.EqualTo("refresh_token=***&client_secret=*** and ***"));
    }

    [Test]
    public async Task Redact_MasksASecretFormEncodedWithASpace()
    {
        var redactor = new SecretRedactor(["a+b&c=d %e"]);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["client_secret"] = "a+b&c=d %e" });

        var text = redactor.Redact(await form.ReadAsStringAsync());

        Assert.That(text, Is.EqualTo("client_secret=***"));
    }

    [Test]
    public void HeaderValue_MasksAuthorizationWhateverItHolds()
    {
        var redactor = new SecretRedactor();

        Assert.That(redactor.HeaderValue("authorization", "Bearer Atza|unknown-token"), Is.EqualTo(SecretRedactor.Mask));
        Assert.That(redactor.HeaderValue("X-Amz-Security-Token", "session"), Is.EqualTo(SecretRedactor.Mask));
        Assert.That(redactor.HeaderValue("Content-Type", "application/json"), Is.EqualTo("application/json"));
    }
}
