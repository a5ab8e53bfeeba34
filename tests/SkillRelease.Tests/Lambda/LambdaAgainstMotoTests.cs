using System.Text.Json.Nodes;
using Amazon.Runtime;
using SkillRelease.Lambda;
using SkillRelease.Tests.Lambda.Support;

namespace SkillRelease.Tests.Lambda;

/// <summary>
/// moto (a Lambda emulator nobody here wrote) as the judge of paths and response shapes: our client runs a whole
/// release against it, and the simulator must answer the same scenario with the same JSON members.
/// </summary>
[NonParallelizable]
public sealed class LambdaAgainstMotoTests
{
    private MotoServer _moto = null!;

    [OneTimeSetUp]
    public async Task StartMotoAsync() => _moto = await MotoServer.StartAsync();

    [OneTimeTearDown]
    public void StopMoto() => _moto?.Dispose();

    [SetUp]
    public Task ResetMotoAsync() => _moto.ResetAsync();

    [Test]
    public async Task ReleaseSequence_AgainstMoto_RoundTripsEveryCall()
    {
        using var client = new LambdaClient(MotoOptions(new RecordingHandler()));

        var outcome = await ReleaseScenario.RunAsync(client, MotoServer.FunctionName, CancellationToken.None);

        Assert.That((outcome.First.Version, outcome.Second.Version), Is.EqualTo(("1", "2")));
        Assert.That(outcome.Second.FunctionArn, Does.EndWith(":function:boston-info:2"));
        Assert.That(outcome.Created.RoutingConfig!.AdditionalVersionWeights, Is.EqualTo(new Dictionary<string, double> { ["2"] = 0.25 }));
        Assert.That(outcome.Alias.FunctionVersion, Is.EqualTo("2"));
        Assert.That(outcome.Alias.AliasArn, Does.EndWith(":function:boston-info:live"));
        Assert.That(outcome.Alias.RoutingConfig?.AdditionalVersionWeights ?? new Dictionary<string, double>(), Is.Empty);
        Assert.That(outcome.Policy.Select(s => (s.Sid, s.PrincipalService, s.Action)), Does.Contain(("alexa-skill-live", "alexa-appkit.amazon.com", "lambda:InvokeFunction")));
        Assert.That(outcome.Configuration.Version, Is.EqualTo("2"));
        Assert.That(outcome.Configuration.CodeSha256, Is.EqualTo(outcome.Second.CodeSha256));
        Assert.That((outcome.Configured.MemorySize, outcome.Configured.Timeout), Is.EqualTo((256, 9)));
        Assert.That((outcome.Configuration.MemorySize, outcome.Configuration.Environment?.Variables["ALEXA_SKILL_ID"]), Is.EqualTo((256, ReleaseScenario.SkillId)), "version 2 carries the configuration");
        Assert.That(outcome.Versions.Select(v => v.Version), Is.EqualTo(new[] { "$LATEST", "1", "2" }));
        Assert.That(outcome.Aliases.Select(a => a.Name), Is.EqualTo(new[] { "live" }));
        Assert.That(outcome.AliasesAfterCleanUp, Is.Empty);
    }

    [Test]
    public void GetAlias_ThatMotoDoesNotHave_IsReadAsNotFound()
    {
        using var client = new LambdaClient(MotoOptions(new RecordingHandler()));

        var error = Assert.ThrowsAsync<LambdaException>(() => client.GetAliasAsync(new() { FunctionName = MotoServer.FunctionName, Name = "missing" }, CancellationToken.None));

        Assert.That(error!.IsNotFound, Is.True);
        Assert.That(error.ServiceMessage, Is.Not.Empty);
    }

    [Test]
    public async Task ReleaseSequence_OnTheSimulator_AnswersWithMotosJsonMembers()
    {
        var onMoto = new RecordingHandler();
        using (var client = new LambdaClient(MotoOptions(onMoto)))
        {
            await ReleaseScenario.RunAsync(client, MotoServer.FunctionName, CancellationToken.None);
        }

        var onSimulator = new RecordingHandler();
        await using (var lambda = await SimulatedLambda.StartAsync(configure: options => options with { Transport = onSimulator }))
        {
            await ReleaseScenario.RunAsync(lambda.Client, lambda.FunctionName, CancellationToken.None);
        }

        var (moto, simulator) = (Shapes(onMoto), Shapes(onSimulator));
        var differences = moto.Keys.Union(simulator.Keys)
            .Select(operation => (operation, moto: moto.GetValueOrDefault(operation, []), simulator: simulator.GetValueOrDefault(operation, [])))
            .Select(o => (o.operation, motoOnly: o.moto.Except(o.simulator).ToList(), simulatorOnly: o.simulator.Except(o.moto).Where(p => !MotoOmits.Contains(p.Split('.')[^1])).ToList()))
            .Where(o => o.motoOnly.Count + o.simulatorOnly.Count > 0)
            .Select(o => $"{o.operation}: moto only [{string.Join(", ", o.motoOnly)}], simulator only [{string.Join(", ", o.simulatorOnly)}]")
            .ToList();

        Assert.That(differences, Is.Empty);
    }

    /// <summary>Members real Lambda sends and moto leaves out (lambda-contract.md §5): it keeps no function RevisionId
    /// and has no InProgress phase, so no reason for one.</summary>
    private static readonly HashSet<string> MotoOmits = ["RevisionId", "LastUpdateStatusReason", "LastUpdateStatusReasonCode"];

    private LambdaClientOptions MotoOptions(HttpMessageHandler transport) => new()
    {
        Region = MotoServer.Region,
        Endpoint = _moto.Address,
        Credentials = new BasicAWSCredentials("AKIAMOTO", "moto-ignores-signatures"),
        RetryPolicy = SimulatedLambda.FastRetry,
        WaiterInterval = TimeSpan.FromMilliseconds(10),
        Transport = transport,
    };

    /// <summary>Per operation, the member paths of its first answer; values are ignored, and null members and empty
    /// lists are left out (moto writes <c>"Layers": []</c> and <c>null</c>s where Lambda writes nothing).</summary>
    private static Dictionary<string, HashSet<string>> Shapes(RecordingHandler recorded) => recorded.Answers
        .GroupBy(answer => answer.Operation)
        .ToDictionary(group => group.Key, group => Paths(group.First().Body, "").ToHashSet(StringComparer.Ordinal));

    private static IEnumerable<string> Paths(JsonNode? node, string prefix) => node switch
    {
        JsonObject obj => obj.Where(member => member.Value is not null and not JsonArray { Count: 0 })
            .SelectMany(member => Paths(member.Value, prefix + member.Key + ".").Prepend(prefix + member.Key)),
        JsonArray array => array.Take(1).SelectMany(item => Paths(item, prefix + "[].")),
        _ => [],
    };
}
