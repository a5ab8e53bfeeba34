using System.Net;
using Microsoft.Extensions.Time.Testing;
using SkillRelease.Configuration;
using SkillRelease.Lwa;
using SkillRelease.Simulator.Faults;
using SkillRelease.Smapi;
using SkillRelease.Tests.Support;

namespace SkillRelease.Tests.Lwa;

public sealed class LwaTokenProviderTests
{
    private const string TokenCall = "lwa:GetAccessToken";

    [Test]
    public async Task ManySmapiCalls_ShareOneCachedToken()
    {
        await using var harness = await SmapiHarness.StartAsync();

        for (var i = 0; i < 3; i++)
        {
            await harness.Smapi.Status.GetAsync(harness.SkillId, CancellationToken.None);
            await harness.Smapi.Manifest.GetAsync(harness.SkillId, Stages.Development, CancellationToken.None);
        }

        Assert.That(harness.Simulator.Faults.Calls(TokenCall), Is.EqualTo(1));
    }

    [Test]
    public async Task GetAccessToken_WithinSixtySecondsOfExpiry_FetchesANewToken()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero));
        await using var harness = await SmapiHarness.StartAsync(SmapiHarness.FastOptions(clock));

        var first = await harness.Tokens.GetAccessTokenAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(58));
        var stillCached = await harness.Tokens.GetAccessTokenAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(61));
        var renewed = await harness.Tokens.GetAccessTokenAsync(CancellationToken.None);

        Assert.That(stillCached, Is.EqualTo(first));
        Assert.That(renewed, Is.Not.EqualTo(first));
        Assert.That(harness.Simulator.Faults.Calls(TokenCall), Is.EqualTo(2));
    }

    [Test]
    public async Task SmapiCall_AfterTheTokenWasRevoked_RefreshesOnceAndSucceeds()
    {
        await using var harness = await SmapiHarness.StartAsync();
        await harness.Smapi.Status.GetAsync(harness.SkillId, CancellationToken.None);

        harness.Simulator.Lwa.RevokeAccessTokens();
        var manifest = await harness.Smapi.Manifest.GetAsync(harness.SkillId, Stages.Development, CancellationToken.None);

        Assert.That(manifest, Is.Not.Null);
        Assert.That(harness.Simulator.Faults.Calls(TokenCall), Is.EqualTo(2));
        Assert.That(harness.Simulator.Faults.Calls("smapi:GetSkillManifest"), Is.EqualTo(2), "the 401, then the retry with the new token");
    }

    [Test]
    public async Task GetAccessToken_WithARevokedRefreshToken_FailsAtOnceSayingWhatToDo()
    {
        await using var harness = await SmapiHarness.StartAsync(lwa: o => o with { RefreshToken = new Secret("Atzr|revoked") });

        var error = Assert.ThrowsAsync<LwaException>(() => harness.Tokens.GetAccessTokenAsync(CancellationToken.None));

        Assert.That(error!.Error, Is.EqualTo("invalid_grant"));
        Assert.That(error.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(error.Message, Does.Contain("ASK_REFRESH_TOKEN"));
        Assert.That(harness.Simulator.Faults.Calls(TokenCall), Is.EqualTo(1), "invalid_grant is not retried");
    }

    [Test]
    public async Task GetAccessToken_WithAWrongClientSecret_FailsAsInvalidClient()
    {
        await using var harness = await SmapiHarness.StartAsync(lwa: o => o with { ClientSecret = new Secret("not-the-secret") });

        var error = Assert.ThrowsAsync<LwaException>(() => harness.Smapi.Status.GetAsync(harness.SkillId, CancellationToken.None));

        Assert.That(error!.Error, Is.EqualTo("invalid_client"));
        Assert.That(error.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(harness.Simulator.Faults.Calls(TokenCall), Is.EqualTo(1));
    }

    [TestCase(Fault.ServerError)]
    [TestCase(Fault.Throttle)]
    public async Task GetAccessToken_AfterATransientFailure_Retries(Fault fault)
    {
        await using var harness = await SmapiHarness.StartAsync(SmapiHarness.FastOptions(new FakeTimeProvider()), retries: SmapiHarness.ClockedRetries);
        harness.Simulator.Faults.FailCall(TokenCall, 1, fault);

        var token = await harness.Tokens.GetAccessTokenAsync(CancellationToken.None);

        Assert.That(harness.Simulator.Lwa.IsValid(token.Reveal()), Is.True);
        Assert.That(harness.Simulator.Faults.Calls(TokenCall), Is.EqualTo(2));
    }

    [Test]
    public async Task GetAccessToken_AfterATimeout_Retries()
    {
        var clock = new FakeTimeProvider();
        await using var harness = await SmapiHarness.StartAsync(SmapiHarness.FastOptions(clock), retries: SmapiHarness.ClockedRetries);
        harness.Simulator.Faults.FailCall(TokenCall, 1, Fault.Timeout);

        var fetching = harness.Tokens.GetAccessTokenAsync(CancellationToken.None);
        await HeldCall.TimeOutAsync(clock, harness.Simulator.Faults, TokenCall, 1, SmapiHarness.ClockedRetries.AttemptTimeout);
        var token = await fetching;

        Assert.That(harness.Simulator.Lwa.IsValid(token.Reveal()), Is.True);
        Assert.That(harness.Simulator.Faults.Calls(TokenCall), Is.EqualTo(2));
    }

    [Test]
    public async Task GetAccessToken_WithASecretThatNeedsEscaping_IsFormEncoded()
    {
        var options = SmapiHarness.FastOptions() with { LwaClientSecret = new Secret("a+b&c=d %e") };
        await using var harness = await SmapiHarness.StartAsync(options);

        var token = await harness.Tokens.GetAccessTokenAsync(CancellationToken.None);

        Assert.That(harness.Simulator.Lwa.IsValid(token.Reveal()), Is.True);
    }
}
