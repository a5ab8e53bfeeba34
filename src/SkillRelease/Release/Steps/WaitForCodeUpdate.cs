namespace SkillRelease.Release.Steps;

/// <summary>Waits until Lambda has finished applying the upload (publishing earlier fails with 409).</summary>
public sealed record WaitForCodeUpdate : Step
{
    public override string Description => "wait until $LATEST has finished updating";

    public override bool WritesToSkill => false;

    public override Task ApplyAsync(StepContext context, CancellationToken cancellationToken) =>
        context.Services.Lambda.WaitUntilFunctionUpdatedAsync(context.FunctionName, cancellationToken);
}
