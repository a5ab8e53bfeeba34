using System.Text.Json.Nodes;
using SkillRelease.Lambda;
using SkillRelease.Lambda.Model;
using SkillRelease.Release.Packages;
using SkillRelease.Release.State;
using SkillRelease.Smapi;
using SkillRelease.Smapi.Model;

namespace SkillRelease.Tests.Release.Support;

/// <summary>Builds remote states for planner tests: a function, the two aliases, three stages, a certification.</summary>
internal sealed class StateBuilder
{
    public const string FunctionArn = "arn:aws:lambda:us-east-1:123456789012:function:boston-info";
    public const string SkillId = "amzn1.ask.skill.test";
    public static readonly DateTimeOffset Now = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

    private readonly List<AliasState> _aliases = [];
    private readonly List<FunctionConfiguration> _versions = [];
    private string _latestSha = "CODE-A";
    private string? _latestStatus = LastUpdateStatuses.Successful;
    private bool _functionTrigger = true;
    private StageState _development;
    private StageState? _live;
    private StageState? _certified;
    private CertificationReview? _certification;
    private readonly List<SkillSummary> _summaries = [];
    private readonly List<SkillVersion> _skillVersions = [];

    public StateBuilder()
    {
        _development = Stage(Stages.Development, FunctionArn, Package());
    }

    public static SkillPackage Package(string invocation = "boston info")
    {
        var manifest = new JsonObject
        {
            ["manifest"] = new JsonObject
            {
                ["manifestVersion"] = "1.0",
                ["publishingInformation"] = new JsonObject { ["locales"] = new JsonObject { ["en-US"] = new JsonObject { ["name"] = "Boston Info" } } },
                ["apis"] = new JsonObject { ["custom"] = new JsonObject { ["endpoint"] = new JsonObject { ["uri"] = "arn:placeholder" } } },
            },
        };
        var model = new JsonObject
        {
            ["interactionModel"] = new JsonObject
            {
                ["languageModel"] = new JsonObject { ["invocationName"] = invocation, ["intents"] = new JsonArray(new JsonObject { ["name"] = "AMAZON.HelpIntent" }) },
            },
        };
        return new SkillPackage(manifest, new Dictionary<string, JsonObject> { ["en-US"] = model });
    }

    public static CodePackage Code(string sha = "CODE-A") => new([1, 2, 3], sha, "0123456789abcdef");

    public static string Arn(string alias) => $"{FunctionArn}:{alias}";

    public static StageState Stage(string stage, string endpoint, SkillPackage package) => new(
        stage,
        new StageDocument(ManifestEndpoint.With(package.Manifest, endpoint), $"{stage}-manifest-etag"),
        package.Models.ToDictionary(m => m.Key, m => new StageDocument((JsonObject)m.Value.DeepClone(), $"{stage}-{m.Key}-etag")));

    public StateBuilder WithLatest(string sha, string? lastUpdateStatus = LastUpdateStatuses.Successful)
    {
        _latestSha = sha;
        _latestStatus = lastUpdateStatus;
        return this;
    }

    /// <summary>A fresh function: no Alexa trigger on the unqualified function.</summary>
    public StateBuilder WithoutFunctionTrigger()
    {
        _functionTrigger = false;
        return this;
    }

    public StateBuilder WithVersion(string number, string sha, string? description = null)
    {
        _versions.Add(new FunctionConfiguration { Version = number, CodeSha256 = sha, FunctionArn = $"{FunctionArn}:{number}", Description = description });
        return this;
    }

    public StateBuilder WithAlias(string name, string version, string description = "", bool alexaCanInvoke = true, IReadOnlyDictionary<string, double>? weights = null)
    {
        _aliases.Add(new AliasState
        {
            Name = name,
            AliasArn = Arn(name),
            FunctionVersion = version,
            RevisionId = $"{name}-rev",
            Description = AliasDescription.Parse(description),
            AlexaCanInvoke = alexaCanInvoke,
            PolicyRevisionId = alexaCanInvoke ? $"{name}-policy-rev" : null,
            AdditionalVersionWeights = weights ?? new Dictionary<string, double>(),
        });
        return this;
    }

    public StateBuilder WithDevelopment(string endpoint, SkillPackage? package = null)
    {
        _development = Stage(Stages.Development, endpoint, package ?? Package());
        return this;
    }

    public StateBuilder WithLive(string endpoint, SkillPackage? package = null)
    {
        _live = Stage(Stages.Live, endpoint, package ?? Package());
        _summaries.Add(new SkillSummary { SkillId = SkillId, Stage = Stages.Live, PublicationStatus = "PUBLISHED" });
        return this;
    }

    public StateBuilder WithCertified(string endpoint)
    {
        _certified = Stage(Stages.Certified, endpoint, Package());
        _summaries.Add(new SkillSummary { SkillId = SkillId, Stage = Stages.Certified, PublicationStatus = "CERTIFIED" });
        return this;
    }

    public StateBuilder WithCertification(string status, string? feedback = null)
    {
        _certification = new CertificationReview { Id = "cert-1", Status = status, SkillSubmissionTimestamp = Now.AddDays(-2), ReviewFeedback = feedback };
        return this;
    }

    /// <summary>A skill version as list-versions-for-skill reports it (one submission, with <paramref name="status"/>).</summary>
    public StateBuilder WithSkillVersion(string version, string message, string status)
    {
        _skillVersions.Add(new SkillVersion { Version = version, Message = message, Submissions = [new VersionSubmission { Status = status, SubmissionTime = Now.AddDays(-_skillVersions.Count) }] });
        return this;
    }

    public RemoteState Build() => new()
    {
        FunctionArn = FunctionArn,
        Latest = new FunctionConfiguration { FunctionArn = FunctionArn, Version = LambdaWire.LatestVersion, CodeSha256 = _latestSha, RevisionId = "latest-rev", LastUpdateStatus = _latestStatus },
        FunctionAlexaCanInvoke = _functionTrigger,
        FunctionPolicyRevisionId = _functionTrigger ? "function-policy-rev" : null,
        Versions = _versions,
        Aliases = _aliases,
        AliasNames = ["blue", "green"],
        Development = _development,
        Live = _live,
        Certified = _certified,
        LatestCertification = _certification,
        Summaries = _summaries,
        SkillVersions = _skillVersions,
    };
}
