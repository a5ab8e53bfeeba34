using BostonInfo.Skill.Caching;
using BostonInfo.Skill.Tests.Support;

namespace BostonInfo.Skill.Tests.Caching;

public sealed class ExpiringCacheTests
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    private ManualTimeProvider _time = null!;
    private List<string> _fetched = null!;

    // NUnit runs every test on one instance of the class: start each from a fresh clock and record.
    [SetUp]
    public void Reset()
    {
        _time = new ManualTimeProvider();
        _fetched = [];
    }

    private ExpiringCache<string, string> Cache(int capacity = 10, Func<string, Task<string>>? fetch = null) =>
        new(capacity, Lifetime, (key, _) => { _fetched.Add(key); return (fetch ?? (k => Task.FromResult(k.ToUpperInvariant())))(key); },
            value => value.Length > 0, _time, StringComparer.OrdinalIgnoreCase);

    [Test]
    public async Task SameKey_WithinItsLifetime_IsFetchedOnce_AndAgainAfterIt()
    {
        var cache = Cache();

        var first = await cache.GetAsync("1 city hall sq", CancellationToken.None);
        var again = await cache.GetAsync("1 City Hall Sq", CancellationToken.None);
        _time.UtcNow += Lifetime - TimeSpan.FromSeconds(1);
        await cache.GetAsync("1 city hall sq", CancellationToken.None);
        var beforeExpiry = _fetched.Count;
        _time.UtcNow += TimeSpan.FromSeconds(1);
        await cache.GetAsync("1 city hall sq", CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(again, Is.EqualTo(first));
            Assert.That(beforeExpiry, Is.EqualTo(1));
            Assert.That(_fetched, Has.Count.EqualTo(2));
        });
    }

    [Test]
    public async Task Full_ForgetsTheLeastRecentlyUsedKey()
    {
        var cache = Cache(capacity: 2);

        await cache.GetAsync("a", CancellationToken.None);
        await cache.GetAsync("b", CancellationToken.None);
        await cache.GetAsync("a", CancellationToken.None);
        await cache.GetAsync("c", CancellationToken.None);
        await cache.GetAsync("a", CancellationToken.None);
        await cache.GetAsync("b", CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(_fetched, Is.EqualTo(new[] { "a", "b", "c", "b" }));
            Assert.That(cache.Count, Is.EqualTo(2));
        });
    }

    [Test]
    public async Task FailedFetch_IsNotKept()
    {
        var fail = true;
        var cache = Cache(fetch: key => fail ? Task.FromException<string>(new TimeoutException("down")) : Task.FromResult("up"));

        Assert.ThrowsAsync<TimeoutException>(() => cache.GetAsync("a", CancellationToken.None));
        fail = false;
        var answer = await cache.GetAsync("a", CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(answer, Is.EqualTo("up"));
            Assert.That(_fetched, Has.Count.EqualTo(2));
        });
    }

    [Test]
    public async Task AnswerNotWorthKeeping_IsFetchedAgainNextTime()
    {
        var cache = Cache(fetch: _ => Task.FromResult(""));

        await cache.GetAsync("a", CancellationToken.None);
        await cache.GetAsync("a", CancellationToken.None);

        Assert.That(_fetched, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task RunningFetch_IsSharedByASecondCaller()
    {
        var answer = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var cache = Cache(fetch: _ => answer.Task);

        var early = cache.GetAsync("a", CancellationToken.None);
        var late = cache.GetAsync("a", CancellationToken.None);
        answer.SetResult("A");

        Assert.Multiple(async () =>
        {
            Assert.That(await late, Is.EqualTo("A"));
            Assert.That(await early, Is.EqualTo("A"));
            Assert.That(_fetched, Has.Count.EqualTo(1));
        });
    }
}
