namespace SkillRelease.Release.Steps;

/// <summary>Lets the canary take its share of traffic for a while before the alias moves fully.</summary>
public sealed record WaitForCanary(TimeSpan Duration) : Step
{
    public override string Description => $"let the canary run for {Duration.TotalMinutes:0.##} minute(s)";

    public override bool WritesToSkill => false;

    public override Task ApplyAsync(StepContext context, CancellationToken cancellationToken) =>
        Task.Delay(Duration, context.Time, cancellationToken);
}
