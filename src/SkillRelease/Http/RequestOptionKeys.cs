namespace SkillRelease.Http;

/// <summary>Per-request switches that the shared handlers read.</summary>
public static class RequestOptionKeys
{
    /// <summary>Send once, never repeat: for writes that are not idempotent (a certification submit).</summary>
    public static readonly HttpRequestOptionsKey<bool> NotRetryable = new("SkillRelease.NotRetryable");
}
