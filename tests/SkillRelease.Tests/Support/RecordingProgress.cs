using SkillRelease.Release.Waiting;

namespace SkillRelease.Tests.Support;

/// <summary>Keeps the progress reports as they come, synchronously (Progress&lt;T&gt; would post them to the thread pool).</summary>
internal sealed class RecordingProgress : IProgress<WaitProgress>
{
    private readonly List<WaitProgress> _items = [];

    public IReadOnlyList<WaitProgress> Items
    {
        get
        {
            lock (_items)
            {
                return [.. _items];
            }
        }
    }

    public void Report(WaitProgress value)
    {
        lock (_items)
        {
            _items.Add(value);
        }
    }
}
