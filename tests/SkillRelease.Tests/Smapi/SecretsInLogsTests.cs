using SkillRelease.Smapi;
using SkillRelease.Smapi.Model;
using SkillRelease.Tests.Support;

namespace SkillRelease.Tests.Smapi;

public sealed class SecretsInLogsTests
{
    [Test]
    public async Task TraceLogsOfLwaAndSmapi_NeverShowTheClientSecretTheRefreshTokenOrAnAccessToken()
    {
        await using var harness = await SmapiHarness.StartAsync();
        await harness.Smapi.Manifest.GetAsync(harness.SkillId, Stages.Development, CancellationToken.None);
        harness.Simulator.Lwa.RevokeAccessTokens();
        await harness.Smapi.Status.GetAsync(harness.SkillId, CancellationToken.None);
        await harness.Smapi.Certifications.SubmitAsync(harness.SkillId, new SubmitSkillForCertificationRequest(), CancellationToken.None);
        var current = await harness.Tokens.GetAccessTokenAsync(CancellationToken.None);

        var log = harness.Log.Text;

        Assert.That(harness.Log.Lines, Has.Some.StartWith("Trace:"), "the test must see the most verbose level");
        Assert.That(log, Does.Contain("/auth/o2/token").And.Contain("/manifest"));
        Assert.That(harness.Simulator.Lwa.TokensIssued, Is.EqualTo(2));
        Assert.That(log, Does.Not.Contain(harness.Simulator.Options.LwaClientSecret.Reveal()));
        Assert.That(log, Does.Not.Contain(harness.Simulator.Options.RefreshToken.Reveal()));
        Assert.That(log, Does.Not.Contain(Uri.EscapeDataString(harness.Simulator.Options.RefreshToken.Reveal())));
        Assert.That(log, Does.Not.Contain(current.Reveal()));
        Assert.That(log, Does.Not.Contain("Atza|sim-"), "no access token, the revoked one included");
    }
}
