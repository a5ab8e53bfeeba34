namespace SkillRelease.GitHub;

/// <summary>A deployment of a ref (tag or commit) to an environment such as <c>alexa-certification</c> or <c>alexa-live</c>.</summary>
public sealed record DeploymentRecord(string Environment, string GitRef, string State, string Description);

/// <summary>Deployment status states the pipeline uses (GitHub's names).</summary>
public static class DeploymentStates
{
    public const string InProgress = "in_progress";
    public const string Success = "success";
    public const string Failure = "failure";
    public const string Inactive = "inactive";
}

/// <summary>The GitHub environments the pipeline records to.</summary>
public static class DeploymentEnvironments
{
    public const string Certification = "alexa-certification";
    public const string Live = "alexa-live";
    public const string Development = "alexa-development";
}
