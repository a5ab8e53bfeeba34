using SkillRelease.Lambda.Model;
using SkillRelease.Release.Packages;
using SkillRelease.Release.State;
using SkillRelease.Release.Steps;

namespace SkillRelease.Release.Planning;

/// <summary>Step sequences more than one planner needs.</summary>
internal static class SharedSteps
{
    /// <summary>
    /// Upload the package unless $LATEST already holds it; then wait for the update to finish. A <c>Failed</c> update
    /// whose CodeSha256 matches does not count: Lambda reports the hash of the code it was given, not of code that
    /// runs, and publishing a failed $LATEST would ship a function that cannot start. So it is uploaded again.
    /// </summary>
    public static IReadOnlyList<Step> EnsureLatestHolds(RemoteState state, CodePackage code)
    {
        if (state.Latest.CodeSha256 == code.CodeSha256 && state.Latest.LastUpdateStatus != LastUpdateStatuses.Failed)
        {
            return state.Latest.LastUpdateStatus == LastUpdateStatuses.InProgress ? [new WaitForCodeUpdate()] : [];
        }

        return [new UploadCode(code, state.Latest.RevisionId), new WaitForCodeUpdate()];
    }

    /// <summary>
    /// Bring the development stage to the skill package with its endpoint on <paramref name="endpoint"/>: only the
    /// documents that differ (canonically), each guarded by its ETag, then wait for the builds.
    /// </summary>
    public static IReadOnlyList<Step> SyncDevelopment(RemoteState state, SkillPackage skill, string endpoint)
    {
        var steps = new List<Step>();
        var development = state.Development;
        var manifest = ManifestEndpoint.With(skill.Manifest, endpoint);
        if (!SkillDocuments.AreEquivalent(manifest, development.Manifest.Envelope))
        {
            var why = SkillDocuments.AreEquivalent(ManifestEndpoint.Without(skill.Manifest), ManifestEndpoint.Without(development.Manifest.Envelope))
                ? $"endpoint → {EndpointNames.Describe(state, endpoint)}"
                : $"skill.json changed; endpoint → {EndpointNames.Describe(state, endpoint)}";
            steps.Add(new UpdateDevelopmentManifest(manifest, development.Manifest.ETag, why));
        }

        foreach (var (locale, model) in skill.Models)
        {
            development.Models.TryGetValue(locale, out var remote);
            if (!SkillDocuments.AreEquivalent(model, remote?.Envelope))
            {
                steps.Add(new SetDevelopmentModel(locale, model, remote?.ETag));
            }
        }

        if (steps.Count > 0)
        {
            steps.Add(new WaitForSkillBuild(steps.OfType<UpdateDevelopmentManifest>().Any(), steps.OfType<SetDevelopmentModel>().Select(s => s.Locale).ToList()));
        }

        return steps;
    }

    /// <summary>Only the endpoint moves (the models and the rest of the manifest stay as they are).</summary>
    public static IReadOnlyList<Step> PointDevelopmentAt(RemoteState state, string endpoint) =>
        state.Development.EndpointUri == endpoint
            ? []
            : [new UpdateDevelopmentManifest(state.Development.ManifestWithEndpoint(endpoint), state.Development.Manifest.ETag, $"endpoint → {EndpointNames.Describe(state, endpoint)}"), new WaitForSkillBuild(Manifest: true, Locales: [])];

    /// <summary>The version holding <paramref name="code"/>, or the one a publish step will create (then the step is added).</summary>
    public static VersionChoice VersionHolding(RemoteState state, CodePackage code, string description, List<Step> steps)
    {
        if (state.NewestVersionWithCode(code.CodeSha256) is { } existing)
        {
            return new VersionChoice(existing.Version);
        }

        // An update that finishes (ours in this plan, or one still in progress) gives $LATEST a new RevisionId, so
        // then only the CodeSha256 guard can be used.
        var settled = state.Latest.CodeSha256 == code.CodeSha256 && state.Latest.LastUpdateStatus is null or LastUpdateStatuses.Successful;
        var revision = settled ? state.Latest.RevisionId : null;
        steps.Add(new PublishVersion(code.CodeSha256, description, revision));
        return VersionChoice.JustPublished;
    }

    /// <summary>
    /// A statement under our id for another skill makes AddPermission answer 409 on every run. Which skill should be
    /// able to invoke the alias is the maintainer's call, so the plan stops before any write and says how to free it.
    /// </summary>
    public static void RefuseWhenTheTriggerStatementIsTaken(RemoteState state, AliasState? alias)
    {
        if (alias?.ForeignTriggerToken is not { } foreign)
        {
            return;
        }

        var statement = GrantAlexaTrigger.StatementIdFor(alias.Name);
        throw new ReleaseRefusedException(
            $"Alias {alias.Name}'s resource policy already has a statement {statement} for {foreign}, not for this skill, so Alexa cannot be allowed to invoke it under that id. " +
            $"If that skill no longer uses the alias, remove the statement (aws lambda remove-permission --function-name {state.FunctionArn} --qualifier {alias.Name} --statement-id {statement}) and run the task again; otherwise use another alias pair.");
    }

    public static string Since(DateTimeOffset? then, DateTimeOffset now) =>
        then is null ? "" : $" since {then.Value.UtcDateTime:yyyy-MM-dd HH:mm} UTC ({Age(now - then.Value)} ago)";

    private static string Age(TimeSpan age) =>
        age.TotalDays >= 1 ? $"{age.TotalDays:0.#} days" : age.TotalHours >= 1 ? $"{age.TotalHours:0.#} hours" : $"{Math.Max(0, age.TotalMinutes):0} minutes";
}
