using System.Reflection;
using SkillRelease.Release.Planning;
using TestSupport.Conventions;

namespace SkillRelease.Tests.Conventions;

/// <summary>The style guide's rules over the release library, checked by reflection and by reading its files. Each
/// exemption is named with its reason; a new offender fails. An exemption that no longer applies does not fail
/// (the offender may be fixed in another branch), but should be deleted with the fix.</summary>
public sealed class ConventionTests
{
    private const string NoSecretTypeYet = "issue 14.1: Secret type not introduced yet";

    private static readonly Assembly Library = typeof(ReleasePlanner).Assembly;

    private const string OctokitTakesNoToken = "Octokit's connection takes no CancellationToken; ConvergeAsync checks the caller's token between attempts";
    private const string OneFilePredates = "predates the convention: the types of one wire document or intent family kept together; split when next changed";

    private static readonly Dictionary<string, string> AsyncExemptions = new()
    {
        ["SkillRelease.GitHub.GitHubReleaseLedger.WriteDeploymentAsync"] = OctokitTakesNoToken,
        ["SkillRelease.GitHub.GitHubReleaseLedger.WriteIssueAsync"] = OctokitTakesNoToken,
        ["SkillRelease.GitHub.GitHubReleaseLedger.WriteReleaseNoteAsync"] = OctokitTakesNoToken,
        ["SkillRelease.GitHub.GitHubTrackingIssue.FindOpenAsync"] = OctokitTakesNoToken,
        ["SkillRelease.Http.LoggingHandler.Body"] = "private reader of a body already buffered; to be renamed BodyAsync",
        ["SkillRelease.Release.Steps.GuardedWrite.ApplyAsync"] = "its StepContext carries the step's token, passed to every delegate it runs",
    };

    private static readonly Dictionary<string, string> SecretExemptions = new()
    {
        ["SkillRelease.GitHub.GitHubLedgerOptions.Token"] = NoSecretTypeYet,
        ["SkillRelease.Lwa.LwaOptions.ClientSecret"] = NoSecretTypeYet,
        ["SkillRelease.Lwa.LwaOptions.RefreshToken"] = NoSecretTypeYet,
        ["SkillRelease.Lwa.LwaTokenProvider+CachedToken.AccessToken"] = NoSecretTypeYet,
        ["SkillRelease.Lwa.LwaTokenResponse.AccessToken"] = NoSecretTypeYet,
        ["SkillRelease.Lwa.LwaTokenResponse.RefreshToken"] = NoSecretTypeYet,
        ["SkillRelease.Release.Configuration.ReleaseSettings.GitHubToken"] = NoSecretTypeYet,
        ["SkillRelease.Release.Configuration.ReleaseSettings.LwaClientSecret"] = NoSecretTypeYet,
        ["SkillRelease.Release.Configuration.ReleaseSettings.RefreshToken"] = NoSecretTypeYet,
        ["SkillRelease.CloudWatch.Wire.GetMetricDataBody.NextToken"] = "not a secret: CloudWatch's pagination cursor",
        ["SkillRelease.CloudWatch.Wire.MetricDataPage.NextToken"] = "not a secret: CloudWatch's pagination cursor",
        ["SkillRelease.Lambda.Model.AddPermissionRequest.EventSourceToken"] = "not a secret: Lambda's name for the Alexa skill id a trigger admits",
        ["SkillRelease.Lambda.Model.PolicyStatement.EventSourceToken"] = "not a secret: Lambda's name for the Alexa skill id a trigger admits",
        ["SkillRelease.Lambda.Wire.AddPermissionBody.EventSourceToken"] = "not a secret: Lambda's name for the Alexa skill id a trigger admits",
        ["SkillRelease.Release.State.AliasState.ForeignTriggerToken"] = "not a secret: the skill id of another skill's trigger on the alias",
    };

    private static readonly Dictionary<string, string> SeveralTypesExemptions = new()
    {
        ["src/SkillRelease/GitHub/DeploymentRecord.cs"] = OneFilePredates,
        ["src/SkillRelease/Lambda/Model/Requests.cs"] = OneFilePredates,
        ["src/SkillRelease/Lambda/Model/Responses.cs"] = OneFilePredates,
        ["src/SkillRelease/Release/Planning/Intents.cs"] = OneFilePredates,
        ["src/SkillRelease/Smapi/Model/SkillStatus.cs"] = OneFilePredates,
        ["src/SkillRelease/Smapi/Model/SkillValidation.cs"] = OneFilePredates,
        ["src/SkillRelease/Smapi/Model/SubmitSkillForCertificationRequest.cs"] = OneFilePredates,
    };

    [Test]
    public void AsyncMethods_AreNamedAsyncAndTakeATokenLast_ExceptNamedExemptions()
    {
        // Given the release library
        // When its task-returning methods are read
        var offenders = TypeConventions.AsyncMethodsBreakingTheRule(Library);

        // Then only the named exemptions break the rule
        Assert.That(offenders, Is.SubsetOf(AsyncExemptions.Keys), "new: " + string.Join(", ", offenders.Except(AsyncExemptions.Keys)));
    }

    [Test]
    public void SecretNamedProperties_AreNotStrings_ExceptKnownOnes()
    {
        // Given the release library
        // When its properties are read
        var offenders = TypeConventions.SecretNamedStringProperties(Library);

        // Then only the known ones hold a secret as a plain string
        Assert.That(offenders, Is.SubsetOf(SecretExemptions.Keys), "new: " + string.Join(", ", offenders.Except(SecretExemptions.Keys)));
    }

    [Test]
    public void SourceFiles_DeclareOnePublicTopLevelType_ExceptNamedExemptions()
    {
        // Given the release library's folder
        // When its files are read
        var offenders = SourceConventions.FilesWithSeveralPublicTypes("src/SkillRelease");

        // Then only the named exemptions declare several public types
        Assert.That(offenders, Is.SubsetOf(SeveralTypesExemptions.Keys), "new: " + string.Join(", ", offenders.Except(SeveralTypesExemptions.Keys)));
    }
}
