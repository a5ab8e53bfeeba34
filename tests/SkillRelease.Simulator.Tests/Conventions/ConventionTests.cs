using System.Reflection;
using TestSupport.Conventions;

namespace SkillRelease.Simulator.Tests.Conventions;

/// <summary>The style guide's rules (<see cref="StyleConventionTests"/>) over the simulator, with its exemptions.</summary>
public sealed class ConventionTests : StyleConventionTests
{
    protected override Assembly Subject { get; } = typeof(SkillSimulator).Assembly;

    protected override string SourceFolder => "src/SkillRelease.Simulator";

    private const string AspNetPlumbing = "ASP.NET handler or middleware plumbing: the request's token is HttpContext.RequestAborted";
    private const string AspNetPlumbingNamed = AspNetPlumbing + "; name predates the convention";
    private const string OneFilePredates = "predates the convention: the records of one simulated resource kept together";

    protected override IReadOnlyDictionary<string, string> AsyncExemptions { get; } = new Dictionary<string, string>
    {
        ["SkillRelease.Simulator.CloudWatch.CloudWatchEndpoints.GetMetricDataAsync"] = AspNetPlumbing,
        ["SkillRelease.Simulator.CloudWatch.CloudWatchEndpoints.WriteErrorAsync"] = AspNetPlumbing,
        ["SkillRelease.Simulator.Faults.FaultMiddleware.ApplyWithheldAsync"] = AspNetPlumbing,
        ["SkillRelease.Simulator.Faults.FaultMiddleware.HoldAsync"] = AspNetPlumbing,
        ["SkillRelease.Simulator.Faults.FaultMiddleware.InvokeAsync"] = AspNetPlumbing,
        ["SkillRelease.Simulator.Network.CallTimelineMiddleware.InvokeAsync"] = AspNetPlumbing,
        ["SkillRelease.Simulator.Sts.StsService.AnswerAsync"] = AspNetPlumbing,
        ["SkillRelease.Simulator.Sts.StsService.WriteErrorAsync"] = AspNetPlumbing,
        ["SkillRelease.Simulator.Sts.StsService.WriteXmlAsync"] = AspNetPlumbing,
        ["SkillRelease.Simulator.GitHub.GitHubService.AuthorizeAsync"] = AspNetPlumbing,
        ["SkillRelease.Simulator.GitHub.GitHubService.ReadBodyAsync"] = AspNetPlumbing,
        ["SkillRelease.Simulator.Lambda.LambdaEndpoints.CheckedAsync"] = AspNetPlumbing,
        ["SkillRelease.Simulator.Lambda.LambdaEndpoints.WriteErrorAsync"] = AspNetPlumbing,
        ["SkillRelease.Simulator.Lambda.LambdaRequestBody.CaptureAsync"] = AspNetPlumbing,
        ["SkillRelease.Simulator.Lwa.LwaService.IssueAsync"] = AspNetPlumbing,
        ["SkillRelease.Simulator.Lwa.OAuthErrors.WriteOAuthErrorAsync"] = AspNetPlumbing,
        ["SkillRelease.Simulator.Network.LatencyMiddleware.InvokeAsync"] = AspNetPlumbing,
        ["SkillRelease.Simulator.RuntimeApi.RuntimeApiEndpoints.ReadBodyAsync"] = AspNetPlumbing,
        ["SkillRelease.Simulator.RuntimeApi.RuntimeApiEndpoints.ReadErrorAsync"] = AspNetPlumbing,
        ["SkillRelease.Simulator.Smapi.SmapiService.AuthorizeAsync"] = AspNetPlumbing,
        ["SkillRelease.Simulator.Smapi.SmapiService.ReadBodyAsync"] = AspNetPlumbing,
        ["SkillRelease.Simulator.Faults.ErrorWriter.EndInvoke"] = AspNetPlumbingNamed,
        ["SkillRelease.Simulator.Faults.ErrorWriter.Invoke"] = AspNetPlumbingNamed,
        ["SkillRelease.Simulator.GitHub.GitHubError.Write"] = AspNetPlumbingNamed,
    };

    protected override IReadOnlyDictionary<string, string> SecretExemptions { get; } = new Dictionary<string, string>
    {
        ["SkillRelease.Simulator.Lambda.PermissionStatement.EventSourceToken"] = "not a secret: Lambda's name for the Alexa skill id a trigger admits",
    };

    protected override IReadOnlyDictionary<string, string> SeveralTypesExemptions { get; } = new Dictionary<string, string>
    {
        ["src/SkillRelease.Simulator/GitHub/GitHubRecords.cs"] = OneFilePredates,
        ["src/SkillRelease.Simulator/Smapi/StageContent.cs"] = OneFilePredates,
    };
}
