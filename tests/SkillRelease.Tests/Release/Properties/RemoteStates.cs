using FsCheck;
using FsCheck.Fluent;
using SkillRelease.Lambda;
using SkillRelease.Lambda.Model;
using SkillRelease.Release.Packages;
using SkillRelease.Release.Planning;
using SkillRelease.Release.State;
using SkillRelease.Smapi;
using SkillRelease.Smapi.Model;
using SkillRelease.Tests.Release.Support;

namespace SkillRelease.Tests.Release.Properties;

/// <summary>A generated remote state and the task asked of it.</summary>
public sealed record Scenario(RemoteState State, ReleaseIntent Intent)
{
    public override string ToString() =>
        $"{Intent.Name}: latest={State.Latest.CodeSha256}/{State.Latest.LastUpdateStatus} versions=[{string.Join(",", State.Versions.Select(v => $"{v.Version}={v.CodeSha256}"))}] " +
        $"aliases=[{string.Join("; ", State.Aliases.Select(a => $"{a.Name}@{a.FunctionVersion} '{a.Description}' w={a.AdditionalVersionWeights.Count} alexa={a.AlexaCanInvoke} foreign={a.ForeignTriggerToken}"))}] " +
        $"dev={State.Development.EndpointUri} live={State.Live?.EndpointUri} cert={State.LatestCertification?.Status}@{State.LatestCertification?.SkillSubmissionTimestamp:HH:mm dd}";
}

/// <summary>
/// Generators of remote states: every combination of versions, aliases (with releases, cut times, previous
/// versions, canary weights, triggers, foreign statements), development and live endpoints, certification
/// outcomes and ages, and the tasks that can be asked of them.
/// </summary>
public static class RemoteStates
{
    private static readonly string[] Codes = ["CODE-A", "CODE-B", "CODE-C"];
    private static readonly string[] Tags = ["v1.0.0", "v1.1.0", "v1.2.0"];
    private static readonly DateTimeOffset Now = StateBuilder.Now;

    public static Arbitrary<Scenario> Scenarios() => Arb.From(Scenario());

    public static Gen<Scenario> Scenario() =>
        from state in State()
        from intent in Intent()
        select new Scenario(state, intent);

    public static Gen<RemoteState> State() =>
        from versionCount in Gen.Choose(0, 4)
        from versionCodes in Gen.ArrayOf(Gen.Elements(Codes), versionCount)
        from latestCode in Gen.Elements(Codes)
        from latestStatus in Gen.Elements(LastUpdateStatuses.Successful, LastUpdateStatuses.InProgress, LastUpdateStatuses.Failed)
        from blue in Alias("blue", versionCount)
        from green in Alias("green", versionCount)
        from developmentOn in Gen.Elements("latest", "blue", "green")
        from liveOn in Gen.Elements("none", "blue", "green", "latest")
        from liveHoldsPackage in Gen.Elements(true, true, false)
        from certification in Certification()
        from functionTrigger in Gen.Elements(true, true, false)
        select Build(versionCodes, latestCode, latestStatus, new[] { blue, green }.OfType<AliasState>().ToList(), developmentOn, liveOn, liveHoldsPackage, certification) with
        {
            FunctionAlexaCanInvoke = functionTrigger,
            FunctionPolicyRevisionId = functionTrigger ? "function-policy-rev" : null,
        };

    public static Gen<ReleaseIntent> Intent() =>
        from kind in Gen.Choose(0, 4)
        from code in Gen.Elements(Codes)
        from tag in Gen.Elements(Tags)
        from flag in Gen.Elements(true, false)
        select kind switch
        {
            0 => (ReleaseIntent)new DeployLatest(StateBuilder.Code(code), StateBuilder.Package()),
            1 => new CutRelease(ReleaseTag.Parse(tag), StateBuilder.Code(code), StateBuilder.Package(), PublicationMethods.Auto, Now),
            2 => new AwaitCertification(flag, Now),
            3 => new Promote(StateBuilder.Code(code), StateBuilder.Package(), flag ? new Canary(10, TimeSpan.FromMinutes(5)) : null, Now),
            _ => new Rollback(),
        };

    private static Gen<AliasState?> Alias(string name, int versionCount) =>
        versionCount == 0
            ? Gen.Constant<AliasState?>(null)
            : from exists in Gen.Elements(true, true, false)
              from version in Gen.Choose(1, versionCount)
              from release in Gen.Elements<string?>(null, "v1.0.0", "v1.1.0", "v1.2.0")
              from previous in Gen.Elements<int?>(null, 1, 2)
              from cutAgo in Gen.Elements<int?>(null, 10, 120, 60 * 24 * 5)
              from rolledBack in Gen.Elements(false, false, true)
              from weighted in Gen.Elements(false, false, true)
              from weightedVersion in Gen.Choose(1, versionCount)
              from alexa in Gen.Elements(true, true, false)
              from foreign in Gen.Elements(false, false, false, true)
              select exists ? new AliasState
              {
                  Name = name,
                  AliasArn = StateBuilder.Arn(name),
                  FunctionVersion = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
                  RevisionId = $"{name}-rev",
                  Description = new AliasDescription(release, previous <= versionCount ? previous?.ToString(System.Globalization.CultureInfo.InvariantCulture) : null, rolledBack ? "9" : null, cutAgo is { } ago ? Now.AddMinutes(-ago) : null),
                  AdditionalVersionWeights = weighted && weightedVersion != version
                      ? new Dictionary<string, double> { [weightedVersion.ToString(System.Globalization.CultureInfo.InvariantCulture)] = 0.1 }
                      : new Dictionary<string, double>(),
                  AlexaCanInvoke = alexa,
                  PolicyRevisionId = alexa || foreign ? $"{name}-policy-rev" : null,
                  ForeignTriggerToken = !alexa && foreign ? "amzn1.ask.skill.other" : null,
              } : null;

    private static Gen<CertificationReview?> Certification() =>
        from exists in Gen.Elements(true, true, true, false)
        from status in Gen.Elements(UpdateStatuses.InProgress, UpdateStatuses.Succeeded, UpdateStatuses.Failed, UpdateStatuses.Cancelled)
        from submittedAgo in Gen.Elements(5, 60, 60 * 24 * 3)
        select exists ? new CertificationReview { Id = "cert", Status = status, SkillSubmissionTimestamp = Now.AddMinutes(-submittedAgo), ReviewFeedback = "feedback" } : null;

    private static RemoteState Build(
        string[] versionCodes, string latestCode, string latestStatus, IReadOnlyList<AliasState> aliases,
        string developmentOn, string liveOn, bool liveHoldsPackage, CertificationReview? certification)
    {
        string Endpoint(string on) => on == "latest" ? StateBuilder.FunctionArn : StateBuilder.Arn(on);
        var package = StateBuilder.Package();
        return new RemoteState
        {
            FunctionArn = StateBuilder.FunctionArn,
            Latest = new FunctionConfiguration { FunctionArn = StateBuilder.FunctionArn, Version = LambdaWire.LatestVersion, CodeSha256 = latestCode, RevisionId = "latest-rev", LastUpdateStatus = latestStatus },
            Versions = versionCodes.Select((code, i) => new FunctionConfiguration { Version = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), CodeSha256 = code }).ToList(),
            Aliases = aliases,
            AliasNames = ["blue", "green"],
            Development = StateBuilder.Stage(Stages.Development, Endpoint(developmentOn), package),
            Live = liveOn == "none" ? null : StateBuilder.Stage(Stages.Live, Endpoint(liveOn), liveHoldsPackage ? package : StateBuilder.Package("an older invocation")),
            LatestCertification = certification,
        };
    }
}
