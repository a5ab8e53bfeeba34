using System.Net;
using SkillRelease.Lambda;
using SkillRelease.Lambda.Model;
using SkillRelease.Simulator;
using SkillRelease.Tests.Lambda.Support;

namespace SkillRelease.Tests.Lambda;

/// <summary>The release-relevant behaviour moto lacks, proved with our client against the simulator.</summary>
public sealed class LambdaClientSemanticsTests
{
    private static readonly TimeSpan UpdateDuration = TimeSpan.FromSeconds(10);
    private readonly ManualClock _clock = new(ManualClock.Noon);
    private SimulatedLambda _lambda = null!;

    private LambdaClient Client => _lambda.Client;

    /// <summary>On a manual clock an update stays InProgress until the test moves time on.</summary>
    [SetUp]
    public async Task StartAsync() => _lambda = await SimulatedLambda.StartAsync(new SimulatorOptions { Time = _clock, LambdaUpdateDuration = UpdateDuration });

    [TearDown]
    public async Task StopAsync() => await _lambda.DisposeAsync();

    [Test]
    public async Task UpdateFunctionCode_ReturnsTheHashOfTheZipAndIsInProgressUntilTheWaiterSeesItSucceed()
    {
        var zip = Zips.Package("a");

        var updated = await Client.UpdateFunctionCodeAsync(new() { FunctionName = _lambda.FunctionName, ZipFile = zip }, CancellationToken.None);
        _clock.Advance(UpdateDuration);
        var settled = await Client.WaitUntilFunctionUpdatedAsync(_lambda.FunctionName, CancellationToken.None);

        Assert.That(updated.CodeSha256, Is.EqualTo(Simulator.Lambda.LambdaService.CodeSha256(zip)));
        Assert.That(updated.LastUpdateStatus, Is.EqualTo(LastUpdateStatuses.InProgress));
        Assert.That(settled.LastUpdateStatus, Is.EqualTo(LastUpdateStatuses.Successful));
        Assert.That(settled.CodeSha256, Is.EqualTo(updated.CodeSha256));
        Assert.That(settled.RevisionId, Is.Not.EqualTo(updated.RevisionId), "the update's completion is a change of its own");
    }

    [Test]
    public async Task PublishVersion_WhileAnUpdateIsInProgress_Fails409AndIsNotRetried()
    {
        await Client.UpdateFunctionCodeAsync(new() { FunctionName = _lambda.FunctionName, ZipFile = Zips.Package("a") }, CancellationToken.None);
        var publishesBefore = _lambda.Simulator.Faults.Calls("lambda:PublishVersion");

        var error = Assert.ThrowsAsync<LambdaException>(() => Client.PublishVersionAsync(new() { FunctionName = _lambda.FunctionName }, CancellationToken.None));

        Assert.That(error!.IsConflict, Is.True);
        Assert.That(error.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(error.ServiceMessage, Does.StartWith("The operation cannot be performed at this time. An update is in progress for resource: arn:aws:lambda:"));
        Assert.That(error.RequestId, Is.Not.Null.And.Not.Empty);
        Assert.That(_lambda.Simulator.Faults.Calls("lambda:PublishVersion") - publishesBefore, Is.EqualTo(1));
    }

    [Test]
    public async Task UpdateFunctionCode_WhileAnUpdateIsInProgress_Fails409()
    {
        await Client.UpdateFunctionCodeAsync(new() { FunctionName = _lambda.FunctionName, ZipFile = Zips.Package("a") }, CancellationToken.None);

        var error = Assert.ThrowsAsync<LambdaException>(() => Client.UpdateFunctionCodeAsync(new() { FunctionName = _lambda.FunctionName, ZipFile = Zips.Package("b") }, CancellationToken.None));

        Assert.That(error!.IsConflict, Is.True);
    }

    [Test]
    public async Task PublishVersion_WithAnotherCodeSha256_FailsPreconditionOnceAndPublishesNothing()
    {
        var publishesBefore = _lambda.Simulator.Faults.Calls("lambda:PublishVersion");

        var error = Assert.ThrowsAsync<LambdaException>(() => Client.PublishVersionAsync(new() { FunctionName = _lambda.FunctionName, CodeSha256 = "c29tZW9uZSBlbHNlJ3MgdXBsb2Fk" }, CancellationToken.None));

        Assert.That(error!.IsPreconditionFailed, Is.True);
        Assert.That(error.StatusCode, Is.EqualTo(HttpStatusCode.PreconditionFailed));
        Assert.That(_lambda.Simulator.Faults.Calls("lambda:PublishVersion") - publishesBefore, Is.EqualTo(1));
        Assert.That(_lambda.Simulator.Lambda.Snapshot().Versions, Is.Empty);
    }

    [Test]
    public async Task PublishVersion_WithAStaleRevisionId_FailsPrecondition()
    {
        var before = await Client.GetFunctionAsync(new() { FunctionName = _lambda.FunctionName }, CancellationToken.None);
        _lambda.Simulator.Lambda.ReplaceCode(Zips.Package("someone else"));

        var error = Assert.ThrowsAsync<LambdaException>(() => Client.PublishVersionAsync(new() { FunctionName = _lambda.FunctionName, RevisionId = before.Configuration.RevisionId }, CancellationToken.None));

        Assert.That(error!.IsPreconditionFailed, Is.True);
    }

    [Test]
    public async Task PublishVersion_NumbersVersionsAndReturnsTheLatestAgainWhenNothingChanged()
    {
        var first = await Client.PublishVersionAsync(new() { FunctionName = _lambda.FunctionName, Description = "1.0.0" }, CancellationToken.None);
        var again = await Client.PublishVersionAsync(new() { FunctionName = _lambda.FunctionName, Description = "1.0.0 again" }, CancellationToken.None);
        _lambda.Simulator.Lambda.ReplaceCode(Zips.Package("b"));
        var second = await Client.PublishVersionAsync(new() { FunctionName = _lambda.FunctionName, CodeSha256 = Simulator.Lambda.LambdaService.CodeSha256(Zips.Package("b")) }, CancellationToken.None);

        Assert.That(first.Version, Is.EqualTo("1"));
        Assert.That(first.FunctionArn, Does.EndWith(":function:boston-info:1"));
        Assert.That(again.Version, Is.EqualTo("1"));
        Assert.That(again.RevisionId, Is.EqualTo(first.RevisionId));
        Assert.That(second.Version, Is.EqualTo("2"));
    }

    [Test]
    public async Task UpdateAlias_WithAStaleRevisionId_FailsPreconditionAndLeavesTheAliasAlone()
    {
        var (v1, v2) = await TwoVersionsAsync();
        var created = await Client.CreateAliasAsync(new() { FunctionName = _lambda.FunctionName, Name = "live", FunctionVersion = v1 }, CancellationToken.None);
        var moved = await Client.UpdateAliasAsync(new() { FunctionName = _lambda.FunctionName, Name = "live", FunctionVersion = v2, RevisionId = created.RevisionId }, CancellationToken.None);

        var error = Assert.ThrowsAsync<LambdaException>(() => Client.UpdateAliasAsync(new() { FunctionName = _lambda.FunctionName, Name = "live", FunctionVersion = v1, RevisionId = created.RevisionId }, CancellationToken.None));

        Assert.That(error!.IsPreconditionFailed, Is.True);
        Assert.That(moved.RevisionId, Is.Not.EqualTo(created.RevisionId));
        Assert.That(_lambda.Simulator.Lambda.Snapshot().Aliases["live"].FunctionVersion, Is.EqualTo(v2));
    }

    [Test]
    public async Task CreateAlias_Twice_Fails409()
    {
        var (v1, _) = await TwoVersionsAsync();
        await Client.CreateAliasAsync(new() { FunctionName = _lambda.FunctionName, Name = "blue", FunctionVersion = v1 }, CancellationToken.None);

        var error = Assert.ThrowsAsync<LambdaException>(() => Client.CreateAliasAsync(new() { FunctionName = _lambda.FunctionName, Name = "blue", FunctionVersion = v1 }, CancellationToken.None));

        Assert.That(error!.ErrorCode, Is.EqualTo(LambdaErrorTypes.ResourceConflict));
    }

    [Test]
    public async Task CreateAlias_WithAnAllDigitName_IsRefused()
    {
        var (v1, _) = await TwoVersionsAsync();

        var error = Assert.ThrowsAsync<LambdaException>(() => Client.CreateAliasAsync(new() { FunctionName = _lambda.FunctionName, Name = "42", FunctionVersion = v1 }, CancellationToken.None));

        Assert.That(error!.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task Aliases_CarryACanaryWeightAndClearItWithAnEmptyMap()
    {
        var (v1, v2) = await TwoVersionsAsync();
        var canary = new AliasRoutingConfiguration { AdditionalVersionWeights = new Dictionary<string, double> { [v2] = 0.1 } };

        var created = await Client.CreateAliasAsync(new() { FunctionName = _lambda.FunctionName, Name = "live", FunctionVersion = v1, RoutingConfig = canary }, CancellationToken.None);
        var ended = await Client.UpdateAliasAsync(new() { FunctionName = _lambda.FunctionName, Name = "live", FunctionVersion = v2, RoutingConfig = new AliasRoutingConfiguration() }, CancellationToken.None);
        var read = await Client.GetAliasAsync(new() { FunctionName = _lambda.FunctionName, Name = "live" }, CancellationToken.None);

        Assert.That(created.RoutingConfig!.AdditionalVersionWeights, Is.EqualTo(new Dictionary<string, double> { [v2] = 0.1 }));
        Assert.That(ended.RoutingConfig!.AdditionalVersionWeights, Is.Empty);
        Assert.That(read.FunctionVersion, Is.EqualTo(v2));
        Assert.That(read.AliasArn, Does.EndWith(":function:boston-info:live"));
    }

    [TestCase("$LATEST", 0.1)]
    [TestCase("2", 1.5)]
    public async Task CreateAlias_WithAnInvalidCanary_IsRefused(string extraVersion, double weight)
    {
        var (v1, _) = await TwoVersionsAsync();
        var routing = new AliasRoutingConfiguration { AdditionalVersionWeights = new Dictionary<string, double> { [extraVersion] = weight } };

        var error = Assert.ThrowsAsync<LambdaException>(() => Client.CreateAliasAsync(new() { FunctionName = _lambda.FunctionName, Name = "live", FunctionVersion = v1, RoutingConfig = routing }, CancellationToken.None));

        Assert.That(error!.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task AddPermission_IsScopedToItsQualifierAndADuplicateStatementIdFails409()
    {
        var (v1, _) = await TwoVersionsAsync();
        await Client.CreateAliasAsync(new() { FunctionName = _lambda.FunctionName, Name = "live", FunctionVersion = v1 }, CancellationToken.None);
        var trigger = new AddPermissionRequest
        {
            FunctionName = _lambda.FunctionName, Qualifier = "live", StatementId = "alexa-skill", Action = "lambda:InvokeFunction",
            Principal = "alexa-appkit.amazon.com", EventSourceToken = _lambda.Simulator.Options.SkillId,
        };

        await Client.AddPermissionAsync(trigger, CancellationToken.None);
        var duplicate = Assert.ThrowsAsync<LambdaException>(() => Client.AddPermissionAsync(trigger, CancellationToken.None));
        var onAlias = PolicyDocument.Parse((await Client.GetPolicyAsync(new() { FunctionName = _lambda.FunctionName, Qualifier = "live" }, CancellationToken.None)).Policy);
        var unqualified = Assert.ThrowsAsync<LambdaException>(() => Client.GetPolicyAsync(new() { FunctionName = _lambda.FunctionName }, CancellationToken.None));
        var onVersion = Assert.ThrowsAsync<LambdaException>(() => Client.GetPolicyAsync(new() { FunctionName = _lambda.FunctionName, Qualifier = v1 }, CancellationToken.None));

        Assert.That(duplicate!.IsConflict, Is.True);
        Assert.That(onAlias, Is.EqualTo(new[]
        {
            new PolicyStatement("alexa-skill", "alexa-appkit.amazon.com", "lambda:InvokeFunction", _lambda.Simulator.Lambda.FunctionArn + ":live", _lambda.Simulator.Options.SkillId),
        }));
        Assert.That(unqualified!.IsNotFound, Is.True, "the alias's statement is not on the unqualified function, which (fresh) has no policy at all");
        Assert.That(onVersion!.IsNotFound, Is.True);
        Assert.That(_lambda.Simulator.Lambda.WhyCannotInvoke(_lambda.Simulator.Lambda.FunctionArn + ":live", _lambda.Simulator.Options.SkillId), Is.Null);
    }

    [Test]
    public async Task RemovePermission_NeedsThePolicysCurrentRevisionId()
    {
        var (v1, _) = await TwoVersionsAsync();
        var trigger = new AddPermissionRequest
        {
            FunctionName = _lambda.FunctionName, Qualifier = v1, StatementId = "alexa-skill", Action = "lambda:InvokeFunction", Principal = "alexa-appkit.amazon.com",
        };
        await Client.AddPermissionAsync(trigger, CancellationToken.None);
        var policy = await Client.GetPolicyAsync(new() { FunctionName = _lambda.FunctionName, Qualifier = v1 }, CancellationToken.None);
        await Client.AddPermissionAsync(trigger with { StatementId = "other" }, CancellationToken.None);

        var stale = Assert.ThrowsAsync<LambdaException>(() => Client.RemovePermissionAsync(new() { FunctionName = _lambda.FunctionName, Qualifier = v1, StatementId = "alexa-skill", RevisionId = policy.RevisionId }, CancellationToken.None));
        var current = await Client.GetPolicyAsync(new() { FunctionName = _lambda.FunctionName, Qualifier = v1 }, CancellationToken.None);
        await Client.RemovePermissionAsync(new() { FunctionName = _lambda.FunctionName, Qualifier = v1, StatementId = "alexa-skill", RevisionId = current.RevisionId }, CancellationToken.None);

        Assert.That(stale!.IsPreconditionFailed, Is.True);
        Assert.That(_lambda.Simulator.Lambda.Snapshot().Policies[v1].Statements.Select(s => s.Sid), Is.EqualTo(new[] { "other" }));
    }

    [Test]
    public void AddPermission_OnLatest_IsRefusedAsLambdaDoes()
    {
        var request = new AddPermissionRequest { FunctionName = _lambda.FunctionName, Qualifier = "$LATEST", StatementId = "s", Action = "lambda:InvokeFunction", Principal = "alexa-appkit.amazon.com" };

        var error = Assert.ThrowsAsync<LambdaException>(() => Client.AddPermissionAsync(request, CancellationToken.None));

        Assert.That(error!.ErrorCode, Is.EqualTo(LambdaErrorTypes.InvalidParameterValue));
    }

    [Test]
    public async Task GetFunction_WithTheQualifierInTheName_ReadsTheAliasThroughAnEncodedPath()
    {
        var (v1, _) = await TwoVersionsAsync();
        await Client.CreateAliasAsync(new() { FunctionName = _lambda.FunctionName, Name = "live", FunctionVersion = v1 }, CancellationToken.None);

        var function = await Client.GetFunctionAsync(new() { FunctionName = _lambda.FunctionName + ":live" }, CancellationToken.None);
        var configuration = await Client.GetFunctionConfigurationAsync(new() { FunctionName = _lambda.Simulator.Lambda.FunctionArn, Qualifier = v1 }, CancellationToken.None);

        Assert.That(function.Configuration.FunctionArn, Does.EndWith(":live"));
        Assert.That(function.Configuration.Version, Is.EqualTo(v1));
        Assert.That(configuration.Version, Is.EqualTo(v1));
    }

    [Test]
    public void GetAlias_ThatDoesNotExist_IsNotFoundWithTheServicesWords()
    {
        var error = Assert.ThrowsAsync<LambdaException>(() => Client.GetAliasAsync(new() { FunctionName = _lambda.FunctionName, Name = "nope" }, CancellationToken.None));

        Assert.That(error!.IsNotFound, Is.True);
        Assert.That(error.ServiceMessage, Does.StartWith("Alias not found: arn:aws:lambda:"));
    }

    private async Task<(string V1, string V2)> TwoVersionsAsync()
    {
        var v1 = await Client.PublishVersionAsync(new() { FunctionName = _lambda.FunctionName }, CancellationToken.None);
        _lambda.Simulator.Lambda.ReplaceCode(Zips.Package("second"));
        var v2 = await Client.PublishVersionAsync(new() { FunctionName = _lambda.FunctionName }, CancellationToken.None);
        return (v1.Version, v2.Version);
    }
}
