using System.Reflection;
using TestSupport.Conventions;

namespace BostonInfo.Skill.Tests.Conventions;

/// <summary>The style guide's rules (<see cref="StyleConventionTests"/>) over the skill, with its exemptions.</summary>
public sealed class ConventionTests : StyleConventionTests
{
    protected override Assembly Subject { get; } = typeof(Function).Assembly;

    protected override string SourceFolder => "src/BostonInfo.Skill";

    private const string AlexaSendsIt = "Alexa's request field, read as sent and never logged (the skill's logs hold no user data)";

    protected override IReadOnlyDictionary<string, string> AsyncExemptions { get; } = new Dictionary<string, string>
    {
        ["BostonInfo.Skill.Function.Handle"] = "the Lambda handler's signature (Stream in, Stream out); the deadline comes from settings",
        ["BostonInfo.Skill.CityData.ArcGis.FeatureServiceClient.QueryAsync"] = "optional query parts follow the token so calls can leave them out",
        ["BostonInfo.Skill.Replies.PromptReply.To"] = "builds a finished reply, no I/O; Task only to match the handlers' shape",
    };

    protected override IReadOnlyDictionary<string, string> SecretExemptions { get; } = new Dictionary<string, string>
    {
        ["BostonInfo.Skill.Protocol.Requests.Permissions.ConsentToken"] = AlexaSendsIt,
        ["BostonInfo.Skill.Protocol.Requests.SystemContext.ApiAccessToken"] = AlexaSendsIt,
        ["BostonInfo.Skill.Protocol.Requests.User.AccessToken"] = AlexaSendsIt,
    };
}
