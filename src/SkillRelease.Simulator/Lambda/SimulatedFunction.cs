using System.Security.Cryptography;
using System.Text.RegularExpressions;
using SkillRelease.Lambda;
using SkillRelease.Lambda.Model;

namespace SkillRelease.Simulator.Lambda;

/// <summary>
/// The one function the simulated Lambda holds, with Lambda's rules: a RevisionId per version, alias and policy that
/// changes on every write; an InProgress window after each code update during which updates and publishing are
/// refused; publishing unchanged code and configuration returns the existing version; aliases and policies per qualifier.
/// Every member takes the lock, so concurrent requests see whole writes only.
/// </summary>
internal sealed partial class SimulatedFunction
{
    private readonly object _gate = new();
    private readonly SimulatorOptions _options;
    private readonly List<FunctionVersion> _versions = [];
    private readonly Dictionary<string, FunctionAlias> _aliases = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ResourcePolicy> _policies = new(StringComparer.Ordinal);
    private FunctionVersion _latest;
    private DateTimeOffset? _updateEndsAt;
    private string? _updateFailure;

    /// <param name="exists">False: the slot is empty until CreateFunction fills it, and every other call is a 404.</param>
    public SimulatedFunction(SimulatorOptions options, byte[] seedCode, bool exists)
    {
        _options = options;
        _exists = exists;
        Arn = LambdaWire.FunctionArn(options.Region, options.AccountId, options.FunctionName);
        _latest = new FunctionVersion
        {
            Version = LambdaWire.LatestVersion,
            CodeSha256 = Sha256(seedCode),
            CodeSize = seedCode.Length,
            Runtime = "dotnet10",
            Handler = "BostonInfo.Skill::BostonInfo.Skill.Function::Handle",
            Role = $"arn:aws:iam::{options.AccountId}:role/{options.FunctionName}-execution",
            LastModified = options.Time.GetUtcNow(),
            RevisionId = NewRevisionId(),
        };
    }

    /// <summary>The unqualified function ARN.</summary>
    public string Arn { get; }

    public string Name => _options.FunctionName;

    public static string Sha256(byte[] code) => Convert.ToBase64String(SHA256.HashData(code));

    public string QualifiedArn(string? qualifier) => qualifier is null ? Arn : LambdaWire.QualifiedArn(Arn, qualifier);

    public LambdaSnapshot Snapshot()
    {
        lock (_gate)
        {
            Settle();
            return new LambdaSnapshot(Arn, _latest, _versions.ToList(), new Dictionary<string, FunctionAlias>(_aliases), new Dictionary<string, ResourcePolicy>(_policies));
        }
    }

    /// <summary>The configuration a qualifier names, and the ARN Lambda reports for it (an alias keeps its own ARN).</summary>
    public (FunctionVersion Version, string Arn) Resolve(FunctionReference reference)
    {
        lock (_gate)
        {
            Settle();
            RequireThisFunction(reference);
            var qualifier = reference.Qualifier ?? LambdaWire.LatestVersion;
            if (qualifier == LambdaWire.LatestVersion)
            {
                return (_latest, QualifiedArn(reference.Qualifier));
            }

            if (_aliases.TryGetValue(qualifier, out var alias))
            {
                return (Version(alias.FunctionVersion)!, QualifiedArn(alias.Name));
            }

            return (Version(qualifier) ?? throw SimulatedLambdaError.NotFound($"Function not found: {QualifiedArn(qualifier)}"), QualifiedArn(qualifier));
        }
    }

    public FunctionVersion UpdateCode(FunctionReference reference, byte[] zip, string? revisionId, bool publish, string? architecture)
    {
        lock (_gate)
        {
            Settle();
            RequireUnqualifiedOrLatest(reference);
            RequireNoUpdateInProgress();
            ConfigurationChange.ValidateArchitecture(architecture);
            if (revisionId is not null && revisionId != _latest.RevisionId)
            {
                throw SimulatedLambdaError.StaleRevision("GetFunction");
            }

            StartUpdate(_latest with { CodeSha256 = Sha256(zip), CodeSize = zip.Length, Architecture = architecture ?? _latest.Architecture });
            return publish ? PublishLatest(_latest.Description) : _latest;
        }
    }

    /// <summary>UpdateFunctionConfiguration: only <c>$LATEST</c>, guarded like a code upload and as slow.</summary>
    public FunctionVersion UpdateConfiguration(FunctionReference reference, ConfigurationChange change, string? revisionId)
    {
        lock (_gate)
        {
            Settle();
            RequireUnqualifiedOrLatest(reference);
            change.Validate();
            RequireNoUpdateInProgress();
            if (revisionId is not null && revisionId != _latest.RevisionId)
            {
                throw SimulatedLambdaError.StaleRevision("GetFunction");
            }

            StartUpdate(change.ApplyTo(_latest));
            return _latest;
        }
    }

    /// <summary>Replaces <c>$LATEST</c>'s code at once, with no InProgress window (test set-up, not an API).</summary>
    public void ReplaceCode(byte[] zip)
    {
        lock (_gate)
        {
            Settle();
            _latest = _latest with { CodeSha256 = Sha256(zip), CodeSize = zip.Length, LastModified = _options.Time.GetUtcNow(), RevisionId = NewRevisionId() };
        }
    }

    /// <summary>Makes the update in progress end Failed with <paramref name="reason"/> (test set-up, not an API).</summary>
    public void FailCurrentUpdate(string reason)
    {
        lock (_gate)
        {
            _updateFailure = reason;
        }
    }

    public FunctionVersion Publish(FunctionReference reference, string? codeSha256, string? description, string? revisionId)
    {
        lock (_gate)
        {
            Settle();
            RequireUnqualifiedOrLatest(reference);
            RequireNoUpdateInProgress();
            if (codeSha256 is not null && codeSha256 != _latest.CodeSha256)
            {
                throw SimulatedLambdaError.PreconditionFailed(
                    $"CodeSHA256 ({codeSha256}) is different from current CodeSHA256 in $LATEST ({_latest.CodeSha256}). Please try again with the current CodeSHA256.");
            }

            if (revisionId is not null && revisionId != _latest.RevisionId)
            {
                throw SimulatedLambdaError.StaleRevision("GetFunction");
            }

            return PublishLatest(description ?? "");
        }
    }

    /// <summary>$LATEST and every published version, oldest first.</summary>
    public IReadOnlyList<FunctionVersion> AllVersions(FunctionReference reference)
    {
        lock (_gate)
        {
            Settle();
            RequireThisFunction(reference);
            return [_latest, .. _versions];
        }
    }

    private FunctionVersion PublishLatest(string description)
    {
        if (_versions.Count > 0 && _latest.PublishesAs(_versions[^1]))
        {
            return _versions[^1];
        }

        var version = _latest with
        {
            Version = (_versions.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
            Description = description,
            RevisionId = NewRevisionId(),
            LastUpdateStatusReason = null,
            LastUpdateStatusReasonCode = null,
        };
        _versions.Add(version);
        return version;
    }

    /// <summary>Every update is a write (new RevisionId) that stays InProgress for <see cref="SimulatorOptions.LambdaUpdateDuration"/>.</summary>
    private void StartUpdate(FunctionVersion updated)
    {
        var now = _options.Time.GetUtcNow();
        _latest = updated with
        {
            LastModified = now,
            RevisionId = NewRevisionId(),
            LastUpdateStatus = LastUpdateStatuses.InProgress,
            LastUpdateStatusReason = "The function is being created.",
            LastUpdateStatusReasonCode = "Creating",
        };
        _updateEndsAt = now + _options.LambdaUpdateDuration;
        _updateFailure = null;
    }

    /// <summary>Ends an update whose InProgress window has passed; its completion is a write, so $LATEST gets a new RevisionId.</summary>
    private void Settle()
    {
        if (_updateEndsAt is { } endsAt && _options.Time.GetUtcNow() >= endsAt)
        {
            _updateEndsAt = null;
            _latest = _latest with
            {
                RevisionId = NewRevisionId(),
                State = FunctionStates.Active,
                LastUpdateStatus = _updateFailure is null ? LastUpdateStatuses.Successful : LastUpdateStatuses.Failed,
                LastUpdateStatusReason = _updateFailure,
                LastUpdateStatusReasonCode = _updateFailure is null ? null : "InternalError",
            };
        }
    }

    private void RequireNoUpdateInProgress()
    {
        if (_updateEndsAt is not null)
        {
            throw SimulatedLambdaError.Conflict($"The operation cannot be performed at this time. An update is in progress for resource: {Arn}");
        }
    }

    private void RequireThisFunction(FunctionReference reference)
    {
        var (region, account) = (reference.Region ?? _options.Region, reference.Account ?? _options.AccountId);
        if (!_exists || reference.Name != _options.FunctionName || region != _options.Region || account != _options.AccountId)
        {
            throw SimulatedLambdaError.NotFound($"Function not found: {LambdaWire.FunctionArn(region, account, reference.Name)}");
        }
    }

    private void RequireUnqualifiedOrLatest(FunctionReference reference)
    {
        RequireThisFunction(reference);
        if (reference.Qualifier is not null && reference.Qualifier != LambdaWire.LatestVersion)
        {
            throw SimulatedLambdaError.InvalidParameter("Only $LATEST may be updated or published; versions and aliases are read-only.");
        }
    }

    private FunctionVersion? Version(string version) =>
        version == LambdaWire.LatestVersion ? _latest : _versions.FirstOrDefault(v => v.Version == version);

    private static string NewRevisionId() => Guid.NewGuid().ToString();

    [GeneratedRegex("^(?!^[0-9]+$)([a-zA-Z0-9-_]+)$")]
    private static partial Regex AliasName();
}
