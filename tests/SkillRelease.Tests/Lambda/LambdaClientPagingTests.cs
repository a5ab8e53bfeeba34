using SkillRelease.Tests.Lambda.Support;

namespace SkillRelease.Tests.Lambda;

public sealed class LambdaClientPagingTests
{
    [Test]
    public async Task ListVersionsAndListAliases_FollowNextMarkerThroughEveryPage()
    {
        await using var lambda = await SimulatedLambda.StartAsync();
        for (var n = 1; n <= 55; n++)
        {
            lambda.Simulator.Lambda.ReplaceCode(Zips.Package($"v{n}"));
            var version = await lambda.Client.PublishVersionAsync(new() { FunctionName = lambda.FunctionName }, CancellationToken.None);
            await lambda.Client.CreateAliasAsync(new() { FunctionName = lambda.FunctionName, Name = $"a{n:00}", FunctionVersion = version.Version }, CancellationToken.None);
        }

        var versions = await lambda.Client.ListVersionsByFunctionAsync(new() { FunctionName = lambda.FunctionName }, CancellationToken.None);
        var aliases = await lambda.Client.ListAliasesAsync(new() { FunctionName = lambda.FunctionName }, CancellationToken.None);
        var onVersion7 = await lambda.Client.ListAliasesAsync(new() { FunctionName = lambda.FunctionName, FunctionVersion = "7" }, CancellationToken.None);

        Assert.That(versions.Versions.Select(v => v.Version), Is.EqualTo(new[] { "$LATEST" }.Concat(Enumerable.Range(1, 55).Select(n => n.ToString()))));
        Assert.That(aliases.Aliases, Has.Count.EqualTo(55));
        Assert.That(onVersion7.Aliases.Select(a => a.Name), Is.EqualTo(new[] { "a07" }));
        Assert.That(lambda.Simulator.Faults.Calls("lambda:ListVersionsByFunction"), Is.EqualTo(2));
        Assert.That(lambda.Simulator.Faults.Calls("lambda:ListAliases"), Is.EqualTo(3));
    }
}
