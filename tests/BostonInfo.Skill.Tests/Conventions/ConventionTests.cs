using System.Reflection;
using TestSupport.Conventions;

namespace BostonInfo.Skill.Tests.Conventions;

/// <summary>The style guide's rules over the skill, checked by reflection and by reading its files. Each
/// exemption is named with its reason; a new offender fails. An exemption that no longer applies does not fail
/// (the offender may be fixed in another branch), but should be deleted with the fix.</summary>
public sealed class ConventionTests
{
    private static readonly Assembly Library = typeof(Function).Assembly;

    private const string AlexaSendsIt = "Alexa's request field, read as sent and never logged (the skill's logs hold no user data)";

    private static readonly Dictionary<string, string> AsyncExemptions = new()
    {
        ["BostonInfo.Skill.Function.Handle"] = "the Lambda handler's signature (Stream in, Stream out); the deadline comes from settings",
        ["BostonInfo.Skill.CityData.ArcGis.FeatureServiceClient.QueryAsync"] = "optional query parts follow the token so calls can leave them out",
        ["BostonInfo.Skill.Replies.PromptReply.To"] = "builds a finished reply, no I/O; Task only to match the handlers' shape",
    };

    private static readonly Dictionary<string, string> SecretExemptions = new()
    {
        ["BostonInfo.Skill.Protocol.Requests.Permissions.ConsentToken"] = AlexaSendsIt,
        ["BostonInfo.Skill.Protocol.Requests.SystemContext.ApiAccessToken"] = AlexaSendsIt,
        ["BostonInfo.Skill.Protocol.Requests.User.AccessToken"] = AlexaSendsIt,
    };

    private static readonly Dictionary<string, string> SeveralTypesExemptions = new()
    {
    };

    [Test]
    public void AsyncMethods_AreNamedAsyncAndTakeATokenLast_ExceptNamedExemptions()
    {
        // Given the skill
        // When its task-returning methods are read
        var offenders = TypeConventions.AsyncMethodsBreakingTheRule(Library);

        // Then only the named exemptions break the rule
        Assert.That(offenders, Is.SubsetOf(AsyncExemptions.Keys), "new: " + string.Join(", ", offenders.Except(AsyncExemptions.Keys)));
    }

    [Test]
    public void SecretNamedProperties_AreNotStrings_ExceptKnownOnes()
    {
        // Given the skill
        // When its properties are read
        var offenders = TypeConventions.SecretNamedStringProperties(Library);

        // Then only the known ones hold a secret as a plain string
        Assert.That(offenders, Is.SubsetOf(SecretExemptions.Keys), "new: " + string.Join(", ", offenders.Except(SecretExemptions.Keys)));
    }

    [Test]
    public void SourceFiles_DeclareOnePublicTopLevelType_ExceptNamedExemptions()
    {
        // Given the skill's folder
        // When its files are read
        var offenders = SourceConventions.FilesWithSeveralPublicTypes("src/BostonInfo.Skill");

        // Then only the named exemptions declare several public types
        Assert.That(offenders, Is.SubsetOf(SeveralTypesExemptions.Keys), "new: " + string.Join(", ", offenders.Except(SeveralTypesExemptions.Keys)));
    }
}
