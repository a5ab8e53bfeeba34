using Benchmarks;

namespace Build.Tests.Benchmarks;

public sealed class SampleTests
{
    private static readonly Sample OneToTen = new([7, 3, 10, 1, 5, 2, 9, 4, 8, 6]);

    [Test]
    public void Percentile_IsTheNearestRank()
    {
        Assert.That(OneToTen.Median, Is.EqualTo(5));
        Assert.That(OneToTen.Percentile(10), Is.EqualTo(1));
        Assert.That(OneToTen.Percentile(90), Is.EqualTo(9));
        Assert.That(OneToTen.Percentile(99), Is.EqualTo(10));
        Assert.That(OneToTen.Percentile(0), Is.EqualTo(1));
    }

    [Test]
    public void Describe_PrintsThreeSignificantFiguresAndTheCount()
    {
        Assert.That(new Sample([12.34, 150.6, 0.0421]).DescribeMedian(), Is.EqualTo("median 12.3 ms (min 0.042, max 151, n=3)"));
        Assert.That(OneToTen.DescribePercentiles(), Is.EqualTo("p50 5.00 ms, p99 10.0 ms (n=10)"));
    }

    [Test]
    public void Sample_WithoutMeasurements_IsRefused()
    {
        Assert.That(() => new Sample([]), Throws.ArgumentException);
    }
}
