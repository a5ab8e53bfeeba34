namespace SkillRelease.Simulator.GitHub;

/// <summary>A deployment of a ref to an environment, with its statuses oldest first.</summary>
public sealed record SimulatedDeployment(long Id, string Ref, string Environment, string? Description, DateTimeOffset CreatedAt)
{
    internal List<SimulatedDeploymentStatus> StatusList { get; } = [];

    public IReadOnlyList<SimulatedDeploymentStatus> Statuses => StatusList;
}

public sealed record SimulatedDeploymentStatus(long Id, string State, string? Description, DateTimeOffset CreatedAt);

public sealed record SimulatedRelease(long Id, string TagName, string? Name, string? Body, DateTimeOffset CreatedAt);

public sealed record SimulatedIssue(long Id, int Number, string Title, string? Body, string State, IReadOnlyList<string> Labels, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);
