using SkillRelease.Lambda.Model;
using SkillRelease.Release.Function;
using SkillRelease.Release.Packages;
using SkillRelease.Release.State;
using SkillRelease.Release.Steps;

namespace SkillRelease.Release.Planning;

/// <summary>Step sequences more than one planner needs.</summary>
internal static class SharedSteps
{
    /// <summary>
    /// $LATEST configured as the package declares (before the code: the new code may need the new runtime or
    /// variables), then the package uploaded unless $LATEST already holds it on the declared architecture; each
    /// write followed by a wait for Lambda to finish it. A <c>Failed</c> update whose CodeSha256 matches does not count:
    /// Lambda reports the hash of the code it was given, not of code that runs, and publishing a failed $LATEST would
    /// ship a function that cannot start, so it is uploaded again.
    /// </summary>
    public static IReadOnlyList<Step> EnsureLatestHolds(RemoteState state, CodePackage code)
    {
        var steps = new List<Step>();
        if (code.Definition is { } definition && definition.Differences(state.Latest) is { Count: > 0 } differences)
        {
            steps.Add(new UpdateFunctionConfiguration(definition, differences, state.Latest.RevisionId));
            steps.Add(new WaitForCodeUpdate());
        }

        // Lambda changes a function's architecture only together with its code.
        var architectureDiffers = code.Definition is { } declared && FunctionDefinition.ArchitectureOf(state.Latest) != declared.Architecture;
        if (state.Latest.CodeSha256 != code.CodeSha256 || architectureDiffers || state.Latest.LastUpdateStatus == LastUpdateStatuses.Failed)
        {
            steps.Add(new UploadCode(code, state.Latest.RevisionId));
            steps.Add(new WaitForCodeUpdate());
        }
        else if (steps.Count == 0 && state.Latest.LastUpdateStatus == LastUpdateStatuses.InProgress)
        {
            steps.Add(new WaitForCodeUpdate());
        }

        return steps;
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
            steps.AddRange(TriggerBeforePointingAt(state, endpoint));
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

    /// <summary>
    /// Only the endpoint moves (the models and the rest of the manifest stay as they are). Used to put the development
    /// endpoint back on $LATEST from the release alias it names, so it always moves: no "already there" case to plan.
    /// </summary>
    public static IReadOnlyList<Step> PointDevelopmentAt(RemoteState state, string endpoint) =>
        [.. TriggerBeforePointingAt(state, endpoint), new UpdateDevelopmentManifest(state.Development.ManifestWithEndpoint(endpoint), state.Development.Manifest.ETag, $"endpoint → {EndpointNames.Describe(state, endpoint)}"), new WaitForSkillBuild(Manifest: true, Locales: [])];

    /// <summary>
    /// SMAPI refuses a Lambda endpoint Alexa may not invoke, and a fresh function has no trigger: the unqualified
    /// function gets one before an endpoint names it (the aliases get theirs in the planners that point at them).
    /// </summary>
    private static IReadOnlyList<Step> TriggerBeforePointingAt(RemoteState state, string endpoint) =>
        endpoint == state.FunctionArn && !state.FunctionAlexaCanInvoke ? [new GrantAlexaTriggerOnFunction(state.FunctionPolicyRevisionId)] : [];

    /// <summary>The version holding <paramref name="code"/>, or the one a publish step will create (then the step is added).</summary>
    public static VersionChoice VersionHolding(RemoteState state, CodePackage code, string description, List<Step> steps)
    {
        // A version with the same code but another configuration is not this release: publishing makes a new one.
        if (state.NewestVersionWithCode(code.CodeSha256) is { } existing && (code.Definition?.Describes(existing) ?? true))
        {
            return new VersionChoice(existing.Version);
        }

        // An update that finishes (ours in this plan, or one still in progress) gives $LATEST a new RevisionId, so
        // then only the CodeSha256 guard can be used.
        var settled = state.Latest.CodeSha256 == code.CodeSha256 && state.Latest.LastUpdateStatus is null or LastUpdateStatuses.Successful
            && (code.Definition?.Describes(state.Latest) ?? true);
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
            $"If that skill no longer uses the alias, remove the statement (Lambda's RemovePermission on function {state.FunctionArn}, qualifier {alias.Name}, statement id {statement}) and run the task again; otherwise use another alias pair.");
    }

    public static string Since(DateTimeOffset? then, DateTimeOffset now) =>
        then is null ? "" : $" since {then.Value.UtcDateTime:yyyy-MM-dd HH:mm} UTC ({Age(now - then.Value)} ago)";

    private static string Age(TimeSpan age) =>
        age.TotalDays >= 1 ? $"{age.TotalDays:0.#} days" : age.TotalHours >= 1 ? $"{age.TotalHours:0.#} hours" : $"{Math.Max(0, age.TotalMinutes):0} minutes";
}
