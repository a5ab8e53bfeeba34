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
        var routing = new AliasRoutingConfiguration
        {
            AdditionalVersionWeights = Canary is { } canary
                ? new Dictionary<string, double> { [canary.Version.Resolve(context)] = canary.Weight }
                : new Dictionary<string, double>(),
        };
        if (Create)
        {
            await context.Services.Lambda.CreateAliasAsync(
                new CreateAliasRequest { FunctionName = context.FunctionName, Name = Alias, FunctionVersion = version, Description = AliasDescription, RoutingConfig = Canary is null ? null : routing },
                cancellationToken).ConfigureAwait(false);
            return;
        }

        await context.Services.Lambda.UpdateAliasAsync(
            new UpdateAliasRequest { FunctionName = context.FunctionName, Name = Alias, FunctionVersion = version, Description = AliasDescription, RoutingConfig = routing, RevisionId = RevisionId },
            cancellationToken).ConfigureAwait(false);
    }
}
