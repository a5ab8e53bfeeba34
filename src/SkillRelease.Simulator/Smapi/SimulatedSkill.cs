using System.Security.Cryptography;
using System.Text.Json.Nodes;
using SkillRelease.Simulator.Lambda;
using SkillRelease.Smapi;
using SkillRelease.Smapi.Model;

namespace SkillRelease.Simulator.Smapi;

/// <summary>
/// One skill's state and the rules SMAPI applies to it. Not thread-safe: <see cref="SmapiService"/> serialises
/// access. Time-driven transitions (updates finishing, a certification ending by itself, a publication going live)
/// happen lazily in <see cref="Advance"/>, which runs before every request. Skill versions and rollbacks:
/// SimulatedSkill.Versions.cs.
/// </summary>
public sealed partial class SimulatedSkill
{
    public const string DefaultFeedback =
        "The skill's response to \"Alexa, ask boston info when is trash day\" did not answer the question: it responded with \"Sorry, something went wrong.\" " +
        "Please make sure every sample utterance gets a relevant answer. (Simulated certification feedback.)";

    private readonly SimulatorOptions _options;
    private readonly SkillRules _rules;
    private readonly Dictionary<string, ResourceUpdate> _modelUpdates = new(StringComparer.Ordinal);
    private readonly List<SimulatedCertification> _certifications = [];
    private readonly Dictionary<string, SimulatedValidation> _validations = new(StringComparer.Ordinal);

    internal SimulatedSkill(SimulatorOptions options, ILambdaEndpointCheck lambda)
    {
        _options = options;
        _rules = new SkillRules(options.SkillId, lambda);
        Development = SeedSkill.Development(options);
    }

    public string Id => _options.SkillId;

    public StageContent Development { get; private set; }

    /// <summary>Present after a MANUAL_PUBLISHING certification succeeded, until it is published.</summary>
    public StageContent? Certified { get; private set; }

    /// <summary>Present once the skill has been published.</summary>
    public StageContent? Live { get; private set; }

    /// <summary>Oldest first.</summary>
    public IReadOnlyList<SimulatedCertification> Certifications => _certifications;

    public int Submissions => _certifications.Count;

    public SimulatedCertification? InCertification => _certifications.LastOrDefault(c => c.InProgress);

    internal ResourceUpdate? ManifestUpdate { get; private set; }

    internal IReadOnlyDictionary<string, ResourceUpdate> ModelUpdates => _modelUpdates;

    internal SimulatedPublication? Publication { get; private set; }

    /// <summary>An AUTO_PUBLISHING certification that succeeded and is on its way to live (<see cref="SimulatorOptions.PublishAfter"/>).</summary>
    public SimulatedCertification? Publishing { get; private set; }

    /// <summary>When <see cref="Publishing"/> goes live.</summary>
    public DateTimeOffset? GoesLiveAt => Publishing?.CompletedAt + _options.PublishAfter;

    internal string? MostRecentValidationId { get; private set; }

    private DateTimeOffset UpdateDone(DateTimeOffset now) => now + _options.SmapiUpdateDuration;

    internal void Advance(DateTimeOffset now)
    {
        if (InCertification is { } review && _options.CertifyAfter is { } after && now >= review.SubmittedAt + after)
        {
            Complete(_options.CertificationOutcome, null, now);
        }

        if (Publication is { Status: UpdateStatuses.InProgress } publication && now >= publication.CompletesAt)
        {
            GoLive(_certifications.Last(c => c.Status == UpdateStatuses.Succeeded), now);
            Certified = null;
            Publication = publication with { Status = UpdateStatuses.Succeeded };
        }

        if (Publishing is { } certified && now >= GoesLiveAt)
        {
            GoLive(certified, now);
            Publishing = null;
        }

        AdvanceRollback(now);
    }

    internal StageContent Stage(string stage) => stage switch
    {
        Stages.Development => Development,
        Stages.Certified => Certified ?? throw SmapiError.NotFound("The skill has no certified stage: no MANUAL_PUBLISHING certification has succeeded."),
        Stages.Live => Live ?? throw SmapiError.NotFound("The skill has no live stage: it has never been published."),
        _ => throw SmapiError.BadRequest($"Unknown stage {stage}.", [new Violation("INVALID_ENUM_VALUE", "stage - must be development, certified or live.")]),
    };

    /// <summary>CreateSkill's part: the development stage gets the manifest (validated as an update is) and no model yet.</summary>
    internal void Create(JsonObject? manifest, DateTimeOffset now)
    {
        if (manifest is null)
        {
            throw SmapiError.BadRequest("Skill manifest is not valid.", [new Violation("MISSING_REQUIRED_PROPERTY", "manifest - is required.")]);
        }

        if (_rules.ManifestViolations(manifest, endpointRequired: false) is { Count: > 0 } violations)
        {
            throw SmapiError.BadRequest("Skill manifest is not valid.", violations);
        }

        Development = new StageContent(manifest.DeepClone().AsObject(), now);
        ManifestUpdate = new ResourceUpdate(UpdateDone(now), [], 1);
    }

    internal void UpdateManifest(string stage, JsonObject? envelope, string? ifMatch, DateTimeOffset now)
    {
        CheckWritable(stage, Development.Manifest.ETag, ifMatch);
        var manifest = envelope?["manifest"] as JsonObject
            ?? throw SmapiError.BadRequest("Skill manifest is not valid.", [new Violation("MISSING_REQUIRED_PROPERTY", "manifest - is required.")]);
        if (_rules.ManifestViolations(manifest) is { Count: > 0 } violations)
        {
            throw SmapiError.BadRequest("Skill manifest is not valid.", violations);
        }

        Development.SetManifest(manifest.DeepClone().AsObject(), now);
        ManifestUpdate = new ResourceUpdate(UpdateDone(now), [], (ManifestUpdate?.Version ?? 0) + 1);
    }

    internal void SetModel(string stage, string locale, JsonObject? envelope, string? ifMatch, DateTimeOffset now)
    {
        CheckWritable(stage, Development.Models.GetValueOrDefault(locale)?.ETag, ifMatch);
        var model = envelope?["interactionModel"] as JsonObject;
        if (SkillRules.ModelViolations(model, locale, Development.Manifest.Document) is { Count: > 0 } violations)
        {
            throw SmapiError.BadRequest("Interaction model is not valid.", violations);
        }

        // A build that fails keeps the last good model, as the console does.
        var errors = SkillRules.BuildErrors(model!);
        var previous = _modelUpdates.GetValueOrDefault(locale);
        _modelUpdates[locale] = new ResourceUpdate(UpdateDone(now), errors, (previous?.Version ?? 1) + (errors.Count == 0 ? 1 : 0));
        if (errors.Count == 0)
        {
            Development.SetModel(locale, model!.DeepClone().AsObject(), now);
        }
    }

    internal SimulatedValidation Validate(string stage, IReadOnlyList<string> locales, DateTimeOffset now)
    {
        var content = Stage(stage);
        var unknown = locales.Except(SkillRules.Locales(content.Manifest.Document)).ToList();
        if (locales.Count == 0 || unknown.Count > 0)
        {
            throw SmapiError.BadRequest("The validation request is not valid.", [new Violation("INVALID_REQUEST_PARAMETER", $"locales - {(locales.Count == 0 ? "at least one locale is required" : "not in the manifest: " + string.Join(", ", unknown))}.")]);
        }

        var validation = new SimulatedValidation(NewId("validation"), UpdateDone(now), _rules.Checks(content, locales));
        _validations[validation.Id] = validation;
        MostRecentValidationId = validation.Id;
        return validation;
    }

    internal SimulatedValidation Validation(string id) =>
        (id == SmapiWire.MostRecent ? MostRecentValidationId : id) is { } found && _validations.TryGetValue(found, out var validation)
            ? validation
            : throw SmapiError.NotFound($"No validation {id}.");

    internal SimulatedCertification Submit(string? publicationMethod, string? versionMessage, DateTimeOffset now)
    {
        if (InCertification is { } running)
        {
            throw SmapiError.Forbidden($"The skill is already in certification ({running.Id}); withdraw it before submitting again.");
        }

        var method = publicationMethod ?? PublicationMethods.Auto;
        if (method is not (PublicationMethods.Auto or PublicationMethods.Manual))
        {
            throw SmapiError.BadRequest("The submission is not valid.", [new Violation("INVALID_ENUM_VALUE", "publicationMethod - must be AUTO_PUBLISHING or MANUAL_PUBLISHING.")]);
        }

        var failed = _rules.Checks(Development, SkillRules.Locales(Development.Manifest.Document)).Where(c => !c.Passed).ToList();
        if (failed.Count > 0)
        {
            throw SmapiError.BadRequest("The skill is not valid for submission.", [.. failed.Select(c => new Violation("EXPECTED_RELATED_INSTANCE", c.Description))]);
        }

        var certification = new SimulatedCertification(NewId("cert"), _certifications.Count + 1, now, method, versionMessage, Development.Snapshot(now));
        _certifications.Add(certification);
        return certification;
    }

    internal void Withdraw(DateTimeOffset now)
    {
        var running = InCertification ?? throw SmapiError.Forbidden("The skill is not in certification: there is nothing to withdraw.");
        running.Status = UpdateStatuses.Cancelled;
        running.CompletedAt = now;
    }

    internal SimulatedCertification Certification(string id) =>
        (id == SmapiWire.MostRecent ? _certifications.LastOrDefault() : _certifications.FirstOrDefault(c => c.Id == id))
            ?? throw SmapiError.NotFound($"No certification {id}.");

    internal void Complete(CertificationOutcome outcome, string? feedback, DateTimeOffset now)
    {
        var review = InCertification ?? throw new InvalidOperationException("No certification is in progress.");
        review.CompletedAt = now;
        if (outcome == CertificationOutcome.Fail)
        {
            review.Status = UpdateStatuses.Failed;
            review.ReviewFeedback = feedback ?? DefaultFeedback;
            return;
        }

        review.Status = UpdateStatuses.Succeeded;
        review.ReviewFeedback = feedback;
        if (review.PublicationMethod == PublicationMethods.Manual)
        {
            Certified = review.Snapshot.Snapshot(now);
        }
        else if (_options.PublishAfter > TimeSpan.Zero)
        {
            // "Certify and publish now": Amazon starts publishing once the review passes, and the live stage changes
            // only when publishing ends; until then the certification reads SUCCEEDED and live is what it was.
            Publishing = review;
        }
        else
        {
            GoLive(review, now);
        }
    }

    internal SimulatedPublication Publish(DateTimeOffset now)
    {
        RefuseWhileRollingBack();
        if (Certified is null)
        {
            throw SmapiError.Forbidden("The skill has no certified version waiting to be published.");
        }

        if (Publication is not { Status: UpdateStatuses.InProgress })
        {
            Publication = new SimulatedPublication(UpdateStatuses.InProgress, now, UpdateDone(now));
        }

        return Publication;
    }

    /// <summary>Development writes need the development stage, no review running, and a matching If-Match.</summary>
    private void CheckWritable(string stage, string? currentETag, string? ifMatch)
    {
        if (stage != Stages.Development)
        {
            throw SmapiError.Forbidden($"The {stage} stage is read-only; only the development stage can be changed.");
        }

        if (InCertification is { } review)
        {
            throw SmapiError.Forbidden($"The skill is in certification ({review.Id}): its development stage cannot be edited until the review ends or is withdrawn.");
        }

        if (ifMatch is not null && ifMatch != currentETag)
        {
            throw SmapiError.PreconditionFailed("The resource has changed since it was read: the If-Match ETag does not match.");
        }
    }

    private static string NewId(string kind) => $"{kind}-{Convert.ToHexString(RandomNumberGenerator.GetBytes(8)).ToLowerInvariant()}";
}

/// <summary>The latest publishing of the certified stage.</summary>
internal sealed record SimulatedPublication(string Status, DateTimeOffset PublishesAt, DateTimeOffset CompletesAt);
