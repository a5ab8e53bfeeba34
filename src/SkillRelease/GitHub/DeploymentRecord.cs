namespace SkillRelease.GitHub;

/// <summary>A deployment of a ref (tag or commit) to an environment such as <c>alexa-certification</c> or <c>alexa-live</c>.</summary>
public sealed record DeploymentRecord(string Environment, string GitRef, string State, string Description);

/// <summary>Deployment status states, GitHub's names (the pipeline writes the first four; the simulator accepts all).</summary>
public static class DeploymentStates
{
    public const string InProgress = "in_progress";
    public const string Success = "success";
    public const string Failure = "failure";
    public const string Inactive = "inactive";
    public const string Error = "error";
    public const string Queued = "queued";
    public const string Pending = "pending";
}

/// <summary>The GitHub environments the pipeline records to.</summary>
public static class DeploymentEnvironments
{
    public const string Certification = "alexa-certification";
    public const string Live = "alexa-live";
    public const string Development = "alexa-development";
}
