using SkillRelease.Lambda;
using SkillRelease.Lambda.Model;

namespace SkillRelease.Release.Steps;

/// <summary>
/// Creates the alias, or moves it (guarded by its RevisionId), to a version, optionally weighted towards a second
/// one (a canary). An empty weights map ends a canary.
/// </summary>
public sealed record PointAlias(string Alias, VersionChoice Version, string AliasDescription, bool Create, string? RevisionId) : Step
{
    /// <summary>A canary: the extra version and the share of traffic it gets (0–1).</summary>
    public (VersionChoice Version, double Weight)? Canary { get; init; }

    public override string Description => Canary is { } canary
        ? $"{(Create ? "create" : "move")} alias {Alias}: {Version}, with {canary.Weight:P0} of traffic on {canary.Version}"
        : $"{(Create ? "create" : "point")} alias {Alias} {(Create ? "on" : "at")} {Version}";

    public override string Replaces => Create
        ? "Lambda console → Actions → Create alias pointing to that version"
        : "Lambda console → update the alias to point to the new version";

    public override async Task ApplyAsync(StepContext context, CancellationToken cancellationToken)
    {
        var version = Version.Resolve(context);
        var weights = Canary is { } canary
            ? new Dictionary<string, double> { [canary.Version.Resolve(context)] = canary.Weight }
            : new Dictionary<string, double>();
        var routing = new AliasRoutingConfiguration { AdditionalVersionWeights = weights };
        var lambda = context.Services.Lambda;
        await GuardedWrite.ApplyAsync(
            context,
            async () =>
            {
                if (Create)
                {
                    await lambda.CreateAliasAsync(
                        new CreateAliasRequest { FunctionName = context.FunctionName, Name = Alias, FunctionVersion = version, Description = AliasDescription, RoutingConfig = Canary is null ? null : routing },
                        cancellationToken).ConfigureAwait(false);
                    return;
                }

                await lambda.UpdateAliasAsync(
                    new UpdateAliasRequest { FunctionName = context.FunctionName, Name = Alias, FunctionVersion = version, Description = AliasDescription, RoutingConfig = routing, RevisionId = RevisionId },
                    cancellationToken).ConfigureAwait(false);
            },
            async () => Holds(await CurrentAsync(context, cancellationToken).ConfigureAwait(false), version, weights),
            async () => Changed(await CurrentAsync(context, cancellationToken).ConfigureAwait(false)),
            $"alias {Alias} on version {version}").ConfigureAwait(false);
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

    private bool Holds(AliasConfiguration? alias, string version, IReadOnlyDictionary<string, double> weights)
    {
        var current = alias?.RoutingConfig?.AdditionalVersionWeights ?? new Dictionary<string, double>();
        return alias is not null && alias.FunctionVersion == version && alias.Description == AliasDescription
            && current.Count == weights.Count && weights.All(w => current.TryGetValue(w.Key, out var weight) && Math.Abs(weight - w.Value) < 1e-9);
    }

    /// <summary>Who won: the loser of two racing runs is told what the alias carries now, not "try again".</summary>
    private string? Changed(AliasConfiguration? alias)
    {
        if (alias is null)
        {
            return null;
        }

        var now = State.AliasDescription.Parse(alias.Description);
        var carries = now.Release is { } release ? $"release {release}" : "no release";
        var cut = now.Cut is { } at ? $", cut at {at.UtcDateTime:HH:mm:ss} UTC" : "";
        return $"Alias {Alias} was changed by another run after this plan was made: it now carries {carries} on version {alias.FunctionVersion}{cut}. Nothing was overwritten. " +
            "If that run is releasing, let it finish (status shows it); otherwise run the task again: it re-reads the remote state and does only what is left.";
    }
}
