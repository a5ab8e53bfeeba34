using System.Reflection;
using TestSupport.Conventions;

namespace SkillRelease.Simulator.Tests.Conventions;

/// <summary>The style guide's rules over the simulator, checked by reflection and by reading its files. Each
/// exemption is named with its reason; a new offender fails. An exemption that no longer applies does not fail
/// (the offender may be fixed in another branch), but should be deleted with the fix.</summary>
public sealed class ConventionTests
{
    private const string NoSecretTypeYet = "issue 14.1: Secret type not introduced yet";

    private static readonly Assembly Library = typeof(SkillSimulator).Assembly;

    private const string AspNetPlumbing = "ASP.NET handler or middleware plumbing: the request's token is HttpContext.RequestAborted";
    private const string AspNetPlumbingNamed = AspNetPlumbing + "; name predates the convention";
    private const string OneFilePredates = "predates the convention: the records of one simulated resource kept together";

    private static readonly Dictionary<string, string> AsyncExemptions = new()
    {
        ["SkillRelease.Simulator.CloudWatch.CloudWatchEndpoints.GetMetricDataAsync"] = AspNetPlumbing,
        ["SkillRelease.Simulator.CloudWatch.CloudWatchEndpoints.WriteErrorAsync"] = AspNetPlumbing,
        ["SkillRelease.Simulator.Faults.FaultMiddleware.ApplyWithheldAsync"] = AspNetPlumbing,
        ["SkillRelease.Simulator.Faults.FaultMiddleware.HoldAsync"] = AspNetPlumbing,
        ["SkillRelease.Simulator.Faults.FaultMiddleware.InvokeAsync"] = AspNetPlumbing,
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

    private static readonly Dictionary<string, string> SecretExemptions = new()
    {
        ["SkillRelease.Simulator.Lambda.PermissionStatement.EventSourceToken"] = "not a secret: Lambda's name for the Alexa skill id a trigger admits",
        ["SkillRelease.Simulator.Lwa.TokenRequest.ClientSecret"] = NoSecretTypeYet,
        ["SkillRelease.Simulator.Lwa.TokenRequest.RefreshToken"] = NoSecretTypeYet,
        ["SkillRelease.Simulator.SimulatorOptions.GitHubToken"] = NoSecretTypeYet,
        ["SkillRelease.Simulator.SimulatorOptions.LwaClientSecret"] = NoSecretTypeYet,
        ["SkillRelease.Simulator.SimulatorOptions.RefreshToken"] = NoSecretTypeYet,
    };

    private static readonly Dictionary<string, string> SeveralTypesExemptions = new()
    {
        ["src/SkillRelease.Simulator/GitHub/GitHubRecords.cs"] = OneFilePredates,
        ["src/SkillRelease.Simulator/Smapi/StageContent.cs"] = OneFilePredates,
    };

    [Test]
    public void AsyncMethods_AreNamedAsyncAndTakeATokenLast_ExceptNamedExemptions()
    {
        // Given the simulator
        // When its task-returning methods are read
        var offenders = TypeConventions.AsyncMethodsBreakingTheRule(Library);

        // Then only the named exemptions break the rule
        Assert.That(offenders, Is.SubsetOf(AsyncExemptions.Keys), "new: " + string.Join(", ", offenders.Except(AsyncExemptions.Keys)));
    }

    [Test]
    public void SecretNamedProperties_AreNotStrings_ExceptKnownOnes()
    {
        // Given the simulator
        // When its properties are read
        var offenders = TypeConventions.SecretNamedStringProperties(Library);

        // Then only the known ones hold a secret as a plain string
        Assert.That(offenders, Is.SubsetOf(SecretExemptions.Keys), "new: " + string.Join(", ", offenders.Except(SecretExemptions.Keys)));
    }

    [Test]
    public void SourceFiles_DeclareOnePublicTopLevelType_ExceptNamedExemptions()
    {
        // Given the simulator's folder
        // When its files are read
        var offenders = SourceConventions.FilesWithSeveralPublicTypes("src/SkillRelease.Simulator");

        // Then only the named exemptions declare several public types
        Assert.That(offenders, Is.SubsetOf(SeveralTypesExemptions.Keys), "new: " + string.Join(", ", offenders.Except(SeveralTypesExemptions.Keys)));
    }
}
