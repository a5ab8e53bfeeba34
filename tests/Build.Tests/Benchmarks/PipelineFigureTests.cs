using Benchmarks;

namespace Build.Tests.Benchmarks;

public sealed class PipelineFigureTests
{
    [Test]
    public void Difference_CountsOnlyTheCallsMadeSinceAndLeavesOutTheServiceTotals()
    {
        var before = new Dictionary<string, int> { ["lambda:GetFunction"] = 2, ["lambda:*"] = 2 };
        var after = new Dictionary<string, int> { ["lambda:GetFunction"] = 3, ["lambda:PublishVersion"] = 1, ["lambda:*"] = 4, ["smapi:GetSkillStatus"] = 2, ["smapi:*"] = 2 };

        var calls = PipelineFigure.Difference(before, after);

        Assert.That(calls, Is.EquivalentTo(new Dictionary<string, int> { ["lambda:GetFunction"] = 1, ["lambda:PublishVersion"] = 1, ["smapi:GetSkillStatus"] = 2 }));
        Assert.That(new PipelineFigure("deploy-latest", 10, calls).TotalCalls, Is.EqualTo(4));
    }
}
