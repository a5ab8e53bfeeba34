using SkillRelease.Http;

namespace SkillRelease.Tests.Http;

/// <summary>Rule 3 of <see cref="RetryRules"/>: the wait before each retry.</summary>
public sealed class RetryRulesBackoffTests
{
    [Test]
    public void Backoff_GrowsExponentiallyUpToTheCap()
    {
        var policy = new RetryPolicy { BaseDelay = TimeSpan.FromMilliseconds(100), MaxDelay = TimeSpan.FromMilliseconds(500), Jitter = () => 0.999999 };

        Assert.That(RetryRules.Backoff(policy, 1, null).TotalMilliseconds, Is.EqualTo(100).Within(0.1));
        Assert.That(RetryRules.Backoff(policy, 2, null).TotalMilliseconds, Is.EqualTo(200).Within(0.1));
        Assert.That(RetryRules.Backoff(policy, 3, null).TotalMilliseconds, Is.EqualTo(400).Within(0.1));
        Assert.That(RetryRules.Backoff(policy, 9, null).TotalMilliseconds, Is.EqualTo(500).Within(0.1));
    }

    [Test]
    public void Backoff_IsJitteredBetweenZeroAndTheCeiling()
    {
        var policy = new RetryPolicy { BaseDelay = TimeSpan.FromSeconds(1), Jitter = () => 0.25 };

        Assert.That(RetryRules.Backoff(policy, 3, null), Is.EqualTo(TimeSpan.FromSeconds(1)));
    }

    [Test]
    public void Backoff_HonoursALongerRetryAfterButNeverBeyondTheCap()
    {
        var policy = new RetryPolicy { BaseDelay = TimeSpan.FromMilliseconds(10), MaxDelay = TimeSpan.FromSeconds(5), Jitter = () => 0.5 };

        Assert.That(RetryRules.Backoff(policy, 1, TimeSpan.FromSeconds(2)), Is.EqualTo(TimeSpan.FromSeconds(2)));
        Assert.That(RetryRules.Backoff(policy, 1, TimeSpan.FromMinutes(2)), Is.EqualTo(TimeSpan.FromSeconds(5)));
    }
}
