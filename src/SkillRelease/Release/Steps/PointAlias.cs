using SkillRelease.Lambda;
using SkillRelease.Lambda.Model;

namespace SkillRelease.Release.Steps;

/// <summary>
/// Creates the alias, or moves it (guarded by its RevisionId), to a version, optionally weighted towards a second
/// one (a canary). An empty weights map ends a canary. A move planned to follow an earlier move of the same alias in
/// this plan (<see cref="AfterOwnMove"/>) is guarded by the RevisionId that move returned, so that a change someone
/// made in between (an operator's rollback during a canary) stops the plan instead of being undone. A refusal that
/// echoes this step's own landed write (its answer was lost) is read back and counts as success.
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

    public override async Task ApplyAsync(StepContext context, CancellationToken cancellationToken)
    {
        var version = Version.Resolve(context);
        var weights = Canary is { } canary
            ? new Dictionary<string, double> { [canary.Version.Resolve(context)] = canary.Weight }
            : new Dictionary<string, double>();
        var routing = new AliasRoutingConfiguration { AdditionalVersionWeights = weights };
        var lambda = context.Services.Lambda;
        var guard = AfterOwnMove
            ? context.AliasRevisions.GetValueOrDefault(Alias) ?? throw new InvalidOperationException($"The plan moves alias {Alias} after its own earlier move, which did not happen.")
            : RevisionId;
        await GuardedWrite.ApplyAsync(
            context,
            async () =>
            {
                if (Create)
                {
                    var created = await lambda.CreateAliasAsync(
                        new CreateAliasRequest { FunctionName = context.FunctionName, Name = Alias, FunctionVersion = version, Description = AliasDescription, RoutingConfig = Canary is null ? null : routing },
                        cancellationToken).ConfigureAwait(false);
                    Remember(context, created.RevisionId);
                    return;
                }

                var updated = await lambda.UpdateAliasAsync(
                    new UpdateAliasRequest { FunctionName = context.FunctionName, Name = Alias, FunctionVersion = version, Description = AliasDescription, RoutingConfig = routing, RevisionId = guard },
                    cancellationToken).ConfigureAwait(false);
                Remember(context, updated.RevisionId);
            },
            async () =>
            {
                var current = await CurrentAsync(context, cancellationToken).ConfigureAwait(false);
                if (!Holds(current, version, weights))
                {
                    return false;
                }

                Remember(context, current!.RevisionId);
                return true;
            },
            async () => Changed(await CurrentAsync(context, cancellationToken).ConfigureAwait(false), version),
            $"alias {Alias} on version {version}").ConfigureAwait(false);
    }

    private void Remember(StepContext context, string? revisionId)
    {
        if (revisionId is not null)
        {
            context.AliasRevisions[Alias] = revisionId;
        }
    }

    private async Task<AliasConfiguration?> CurrentAsync(StepContext context, CancellationToken cancellationToken)
    {
        try
        {
            return await context.Services.Lambda.GetAliasAsync(new GetAliasRequest { FunctionName = context.FunctionName, Name = Alias }, cancellationToken).ConfigureAwait(false);
        }
        catch (LambdaException exception) when (exception.IsNotFound)
        {
            return null;
        }
    }

    private bool Holds(AliasConfiguration? alias, string version, Dictionary<string, double> weights)
    {
        var current = alias?.RoutingConfig?.AdditionalVersionWeights ?? new Dictionary<string, double>();
        return alias is not null && alias.FunctionVersion == version && alias.Description == AliasDescription
            && current.Count == weights.Count && weights.All(w => current.TryGetValue(w.Key, out var weight) && Math.Abs(weight - w.Value) < 1e-9);
    }

    /// <summary>Who changed it: the loser of two racing runs, or a run whose canary an operator ended, is told what the alias carries now.</summary>
    private string? Changed(AliasConfiguration? alias, string version)
    {
        if (alias is null)
        {
            return null;
        }

        if (AfterOwnMove)
        {
            return $"Alias {Alias} was changed by someone else while this run waited (an operator's rollback, say), so it was left as they left it and this run stopped without moving it to version {version}: run status to see where it points, and run the task again if version {version} should still go live.";
        }

        var now = State.AliasDescription.Parse(alias.Description);
        var carries = now.Release is { } release ? $"release {release}" : "no release";
        var cut = now.Cut is { } at ? $", cut at {at.UtcDateTime:HH:mm:ss} UTC" : "";
        return $"Alias {Alias} was changed by another run after this plan was made: it now carries {carries} on version {alias.FunctionVersion}{cut}. Nothing was overwritten. " +
            "If that run is releasing, let it finish (status shows it); otherwise run the task again: it re-reads the remote state and does only what is left.";
    }
}
