using System.Reflection;
using SkillRelease.Release.Planning;
using TestSupport.Conventions;

namespace SkillRelease.Tests.Conventions;

/// <summary>The style guide's rules (<see cref="StyleConventionTests"/>) over the release library, with its exemptions.</summary>
public sealed class ConventionTests : StyleConventionTests
{
    protected override Assembly Subject { get; } = typeof(ReleasePlanner).Assembly;

    protected override string SourceFolder => "src/SkillRelease";

    private const string OctokitTakesNoToken = "Octokit's connection takes no CancellationToken; ConvergeAsync checks the caller's token between attempts";
    private const string OneFilePredates = "predates the convention: the types of one wire document or intent family kept together; split when next changed";

    protected override IReadOnlyDictionary<string, string> AsyncExemptions { get; } = new Dictionary<string, string>
    {
        ["SkillRelease.GitHub.GitHubReleaseLedger.WriteDeploymentAsync"] = OctokitTakesNoToken,
        ["SkillRelease.GitHub.GitHubReleaseLedger.WriteIssueAsync"] = OctokitTakesNoToken,
        ["SkillRelease.GitHub.GitHubReleaseLedger.WriteReleaseNoteAsync"] = OctokitTakesNoToken,
        ["SkillRelease.GitHub.GitHubTrackingIssue.FindOpenAsync"] = OctokitTakesNoToken,
        ["SkillRelease.Http.LoggingHandler.Body"] = "private reader of a body already buffered; to be renamed BodyAsync",
        ["SkillRelease.Release.Steps.GuardedWrite.ApplyAsync"] = "its StepContext carries the step's token, passed to every delegate it runs",
        ["SkillRelease.Release.State.RemoteObserver.AliasesAsync"] = "only awaits the reads the observation already started with its token",
    };

    protected override IReadOnlyDictionary<string, string> SecretExemptions { get; } = new Dictionary<string, string>
    {
        ["SkillRelease.CloudWatch.Wire.GetMetricDataBody.NextToken"] = "not a secret: CloudWatch's pagination cursor",
        ["SkillRelease.CloudWatch.Wire.MetricDataPage.NextToken"] = "not a secret: CloudWatch's pagination cursor",
        ["SkillRelease.Lambda.Model.AddPermissionRequest.EventSourceToken"] = "not a secret: Lambda's name for the Alexa skill id a trigger admits",
        ["SkillRelease.Lambda.Model.PolicyStatement.EventSourceToken"] = "not a secret: Lambda's name for the Alexa skill id a trigger admits",
        ["SkillRelease.Lambda.Wire.AddPermissionBody.EventSourceToken"] = "not a secret: Lambda's name for the Alexa skill id a trigger admits",
        ["SkillRelease.Release.State.AliasState.ForeignTriggerToken"] = "not a secret: the skill id of another skill's trigger on the alias",
    };

    protected override IReadOnlyDictionary<string, string> SeveralTypesExemptions { get; } = new Dictionary<string, string>
    {
        ["src/SkillRelease/GitHub/DeploymentRecord.cs"] = OneFilePredates,
        ["src/SkillRelease/Lambda/Model/Requests.cs"] = OneFilePredates,
        ["src/SkillRelease/Lambda/Model/Responses.cs"] = OneFilePredates,
        ["src/SkillRelease/Release/Planning/Intents.cs"] = OneFilePredates,
        ["src/SkillRelease/Smapi/Model/SkillStatus.cs"] = OneFilePredates,
        ["src/SkillRelease/Smapi/Model/SkillValidation.cs"] = OneFilePredates,
        ["src/SkillRelease/Smapi/Model/SubmitSkillForCertificationRequest.cs"] = OneFilePredates,
    };
}
