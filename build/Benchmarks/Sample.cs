using System.Globalization;

namespace Benchmarks;

/// <summary>Repeated measurements of one thing, in milliseconds, and the figures the report prints from them.</summary>
public sealed class Sample
{
    private readonly double[] _sorted;

    public Sample(IEnumerable<double> milliseconds)
    {
        ArgumentNullException.ThrowIfNull(milliseconds);
        _sorted = milliseconds.Order().ToArray();
        if (_sorted.Length == 0)
        {
            throw new ArgumentException("A sample needs at least one measurement.", nameof(milliseconds));
        }
    }

    public int Count => _sorted.Length;

    public double Min => _sorted[0];

    public double Max => _sorted[^1];

    public double Median => Percentile(50);

    /// <summary>Nearest-rank percentile: the smallest measurement that at least <paramref name="percent"/>% are at or below.</summary>
    public double Percentile(double percent)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(percent, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percent, 100);
        var rank = (int)Math.Ceiling(percent / 100 * _sorted.Length);
        return _sorted[Math.Max(rank, 1) - 1];
    }

    /// <summary>"median 48 ms (min 45, max 60, n=10)": for a few slow measurements, such as cold starts.</summary>
    public string DescribeMedian() =>
        string.Create(CultureInfo.InvariantCulture, $"median {Format(Median)} ms (min {Format(Min)}, max {Format(Max)}, n={Count})");

    /// <summary>"p50 0.041 ms, p99 0.120 ms (n=2000)": for many fast measurements, such as warm calls.</summary>
    public string DescribePercentiles() =>
        string.Create(CultureInfo.InvariantCulture, $"p50 {Format(Percentile(50))} ms, p99 {Format(Percentile(99))} ms (n={Count})");

    /// <summary>Three significant figures, enough for timings that vary run to run anyway.</summary>
    private static string Format(double milliseconds) => milliseconds switch
    {
        >= 100 => milliseconds.ToString("0", CultureInfo.InvariantCulture),
        >= 10 => milliseconds.ToString("0.0", CultureInfo.InvariantCulture),
        >= 1 => milliseconds.ToString("0.00", CultureInfo.InvariantCulture),
        _ => milliseconds.ToString("0.000", CultureInfo.InvariantCulture),
    };
}
