using BostonInfo.Skill.CityData;
using BostonInfo.Skill.Tests.Support;

namespace BostonInfo.Skill.Tests.CityData;

public sealed class CachedFetchTests
{
    private ManualTimeProvider _time = null!;
    private int _fetches;

    // NUnit runs every test on one instance of the class: start each from a fresh clock and count.
    [SetUp]
    public void Reset()
    {
        _time = new ManualTimeProvider();
        _fetches = 0;
    }

    private CachedFetch<string> Cache(Func<Task<string>> fetch) =>
        new(TimeSpan.FromHours(1), _ => { _fetches++; return fetch(); }, value => value.Length > 0, _time);

    [Test]
    public async Task FreshValue_IsFetchedOnce_AndAgainAfterItsLifetime()
    {
        var cache = Cache(() => Task.FromResult("lots"));

        await cache.GetAsync(CancellationToken.None);
        await cache.GetAsync(CancellationToken.None);
        var beforeExpiry = _fetches;
        _time.UtcNow += cache.Lifetime;
        await cache.GetAsync(CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(beforeExpiry, Is.EqualTo(1));
            Assert.That(_fetches, Is.EqualTo(2));
        });
    }

    [Test]
    public void FailedFetch_IsForgotten()
    {
        var cache = Cache(() => Task.FromException<string>(new InvalidOperationException("down")));

        Assert.That(() => cache.GetAsync(CancellationToken.None), Throws.InvalidOperationException);
        Assert.That(() => cache.GetAsync(CancellationToken.None), Throws.InvalidOperationException);
        Assert.That(_fetches, Is.EqualTo(2));
    }

    [Test]
    public async Task UnusableValue_IsForgotten()
    {
        var cache = Cache(() => Task.FromResult(""));

        await cache.GetAsync(CancellationToken.None);
        await cache.GetAsync(CancellationToken.None);

        Assert.That(_fetches, Is.EqualTo(2));
    }

    [Test]
    public async Task RunningFetch_IsShared()
    {
        var release = new TaskCompletionSource<string>();
        var cache = Cache(() => release.Task);

        var first = cache.GetAsync(CancellationToken.None);
        var second = cache.GetAsync(CancellationToken.None);
        release.SetResult("lots");

        Assert.Multiple(async () =>
        {
            Assert.That(await first, Is.EqualTo("lots"));
            Assert.That(await second, Is.EqualTo("lots"));
            Assert.That(_fetches, Is.EqualTo(1));
        });
    }
}
