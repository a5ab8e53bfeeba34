namespace BostonInfo.Skill.Protocol.Requests;

/// <summary>The "type" strings of the requests the skill knows.</summary>
public static class RequestTypes
{
    public const string Launch = "LaunchRequest";
    public const string Intent = "IntentRequest";
    public const string SessionEnded = "SessionEndedRequest";
}
