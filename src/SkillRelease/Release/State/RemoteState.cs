using SkillRelease.Lambda;
using SkillRelease.Lambda.Model;
using SkillRelease.Smapi.Model;

namespace SkillRelease.Release.State;

/// <summary>
/// Everything the planner needs, read from Lambda and SMAPI in one go. The remote skill is the only truth: which
/// alias is live is read from the live stage's endpoint, and a release is in flight when certification is in
/// progress or the development endpoint points at an alias.
/// </summary>
public sealed record RemoteState
{
    /// <summary>The unqualified function ARN: the development endpoint outside releases.</summary>
    public required string FunctionArn { get; init; }

    public required FunctionConfiguration Latest { get; init; }

    /// <summary>The unqualified function's resource policy lets Alexa invoke it for this skill (what the development
    /// endpoint needs outside releases; a fresh function has no trigger at all).</summary>
    public bool FunctionAlexaCanInvoke { get; init; }

    /// <summary>The unqualified function's policy RevisionId; null when it has no policy yet.</summary>
    public string? FunctionPolicyRevisionId { get; init; }

    public IReadOnlyList<FunctionConfiguration> Versions { get; init; } = [];

    /// <summary>The release aliases that exist (of the configured pair).</summary>
    public IReadOnlyList<AliasState> Aliases { get; init; } = [];

    /// <summary>The configured alias pair, e.g. blue and green.</summary>
    public required IReadOnlyList<string> AliasNames { get; init; }

    public required StageState Development { get; init; }

    /// <summary>Null until the skill has been published once.</summary>
    public StageState? Live { get; init; }

    /// <summary>Present only after a MANUAL_PUBLISHING certification succeeded and before publishing.</summary>
    public StageState? Certified { get; init; }

    public CertificationReview? LatestCertification { get; init; }

    /// <summary>The latest publishing of the certified stage (read only while there is one).</summary>
    public Publication? LatestPublication { get; init; }

    public IReadOnlyList<SkillSummary> Summaries { get; init; } = [];

    /// <summary>The skill's versions (one per certification submission), oldest first: what a skill rollback can return to.</summary>
    public IReadOnlyList<SkillVersion> SkillVersions { get; init; } = [];

    public AliasState? Alias(string name) => Aliases.FirstOrDefault(a => a.Name == name);

    /// <summary>The alias the live skill's endpoint names, if any.</summary>
    public AliasState? LiveAlias => Live?.EndpointUri is { } uri ? Aliases.FirstOrDefault(a => a.AliasArn == uri) : null;

    /// <summary>The alias the live stage does not use; the first of the pair on a first release.</summary>
    public string CandidateAliasName => AliasNames.First(name => name != LiveAlias?.Name);

    public AliasState? CandidateAlias => Alias(CandidateAliasName);

    /// <summary>The alias the development endpoint names, if it names one.</summary>
    public AliasState? DevelopmentAlias => Aliases.FirstOrDefault(a => a.AliasArn == Development.EndpointUri);

    public bool DevelopmentOnLatest => Development.EndpointUri == FunctionArn;

    public bool CertificationInProgress => LatestCertification?.Status == UpdateStatuses.InProgress;

    public bool ReleaseInFlight => CertificationInProgress || DevelopmentAlias is not null;

    /// <summary>The release being certified or cut: the tag in the description of the alias development points at.</summary>
    public string? ReleaseInFlightTag => DevelopmentAlias?.Description.Release ?? (CertificationInProgress ? CandidateAlias?.Description.Release : null);

    public string AliasArn(string name) => LambdaWire.QualifiedArn(FunctionArn, name);

    /// <summary>
    /// The latest certification when it reviews the release cut onto <paramref name="alias"/>: submitted at or after
    /// the cut. A review submitted before the cut belongs to an earlier release (a cut that stopped before submitting
    /// leaves the previous, finished review as the most recent one), so it says nothing about this one. An alias
    /// without a cut time (cut before the pipeline recorded it) is taken as reviewed by the latest certification.
    /// </summary>
    public CertificationReview? CertificationOf(AliasState? alias)
    {
        if (alias is null || LatestCertification is not { } review)
        {
            return null;
        }

        return alias.Description.Cut is not { } cut || review.SkillSubmissionTimestamp >= cut ? review : null;
    }

    /// <summary>The newest published version whose code is <paramref name="codeSha256"/>.</summary>
    public FunctionConfiguration? NewestVersionWithCode(string codeSha256) =>
        Versions.Where(v => v.CodeSha256 == codeSha256 && v.Version != LambdaWire.LatestVersion)
            .OrderByDescending(v => int.TryParse(v.Version, out var n) ? n : 0)
            .FirstOrDefault();

    public bool PublicationStatusIs(string stage, string status) =>
        Summaries.Any(s => s.Stage == stage && s.PublicationStatus == status);
}
