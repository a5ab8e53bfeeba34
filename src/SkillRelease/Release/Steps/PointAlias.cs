using SkillRelease.Lambda;
using SkillRelease.Lambda.Model;

namespace SkillRelease.Release.Steps;

/// <summary>
/// Creates the alias, or moves it (guarded by its RevisionId), to a version, optionally weighted towards a second
/// one (a canary). An empty weights map ends a canary. A move planned to follow an earlier move of the same alias in
/// this plan (<see cref="AfterOwnMove"/>) is guarded by the RevisionId that move returned, so that a change someone
/// made in between (an operator's rollback during a canary) stops the plan instead of being undone.
/// </summary>
public sealed record PointAlias(string Alias, VersionChoice Version, string AliasDescription, bool Create, string? RevisionId) : Step
{
    /// <summary>A canary: the extra version and the share of traffic it gets (0–1).</summary>
    public (VersionChoice Version, double Weight)? Canary { get; init; }

    /// <summary>Guarded by the RevisionId this plan's earlier move of the alias returned (known only after apply).</summary>
    public bool AfterOwnMove { get; init; }

    public override string Description => Canary is { } canary
        ? $"{(Create ? "create" : "move")} alias {Alias}: {Version}, with {canary.Weight:P0} of traffic on {canary.Version}"
        : $"{(Create ? "create" : "point")} alias {Alias} {(Create ? "on" : "at")} {Version}";

    public override string Replaces => Create
        ? "Lambda console → Actions → Create alias pointing to that version"
        : "Lambda console → update the alias to point to the new version";

    public override async Task ApplyAsync(StepContext context, CancellationToken cancellationToken)
    {
        var version = Version.Resolve(context);
        var routing = new AliasRoutingConfiguration
        {
            AdditionalVersionWeights = Canary is { } canary
                ? new Dictionary<string, double> { [canary.Version.Resolve(context)] = canary.Weight }
                : new Dictionary<string, double>(),
        };
        if (Create)
        {
            var created = await context.Services.Lambda.CreateAliasAsync(
                new CreateAliasRequest { FunctionName = context.FunctionName, Name = Alias, FunctionVersion = version, Description = AliasDescription, RoutingConfig = Canary is null ? null : routing },
                cancellationToken).ConfigureAwait(false);
            Remember(context, created.RevisionId);
            return;
        }

        var guard = AfterOwnMove
            ? context.AliasRevisions.GetValueOrDefault(Alias) ?? throw new InvalidOperationException($"The plan moves alias {Alias} after its own earlier move, which did not happen.")
            : RevisionId;
        try
        {
            var updated = await context.Services.Lambda.UpdateAliasAsync(
                new UpdateAliasRequest { FunctionName = context.FunctionName, Name = Alias, FunctionVersion = version, Description = AliasDescription, RoutingConfig = routing, RevisionId = guard },
                cancellationToken).ConfigureAwait(false);
            Remember(context, updated.RevisionId);
        }
        catch (LambdaException exception) when (AfterOwnMove && exception.IsPreconditionFailed)
        {
            throw new StepFailedException(
                $"Alias {Alias} was changed by someone else while this run waited (an operator's rollback, say), so it was left as they left it and this run stopped without moving it to version {version}: run status to see where it points, and run the task again if version {version} should still go live.",
                exception);
        }
    }

    private void Remember(StepContext context, string? revisionId)
    {
        if (revisionId is not null)
        {
            context.AliasRevisions[Alias] = revisionId;
        }
    }
}
