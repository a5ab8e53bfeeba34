namespace BostonInfo.Skill.Logging;

/// <summary>The "event" values of a log line: one per thing that can happen to a request.</summary>
public static class LogEvents
{
    public const string RequestHandled = "request_handled";
    public const string HandlerFailed = "handler_failed";
    public const string MalformedRequest = "malformed_request";
    public const string RequestRefused = "request_refused";
    public const string UpstreamFailed = "upstream_failed";
    public const string SkillIdNotSet = "skill_id_not_set";
}
