namespace SkillRelease.Release.Steps;

/// <summary>Waits until Lambda has finished applying an upload or a configuration update (the next write earlier fails with 409).</summary>
public sealed record WaitForCodeUpdate : Step
{
    public override string Description => "wait until $LATEST has finished updating";

    public override bool WritesToSkill => false;

    public override async Task ApplyAsync(StepContext context, CancellationToken cancellationToken)
    {
        var settled = await context.Waits.WatchAsync(
            "Lambda's update of $LATEST",
            context.Services.Tuning.LambdaWaiterLimit,
            token => context.Services.Lambda.WaitUntilFunctionUpdatedAsync(context.FunctionName, token),
            cancellationToken).ConfigureAwait(false);
        context.LatestRevisionId = settled.RevisionId;
    }
}
