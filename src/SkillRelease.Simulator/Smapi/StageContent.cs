using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace SkillRelease.Simulator.Smapi;

/// <summary>What one stage holds: the manifest and the model of each locale, each with its ETag.</summary>
public sealed class StageContent
{
    private readonly Dictionary<string, VersionedDocument> _models = new(StringComparer.Ordinal);

    public StageContent(JsonObject manifest, DateTimeOffset lastUpdated)
    {
        Manifest = new VersionedDocument(manifest);
        LastUpdated = lastUpdated;
    }

    /// <summary>The manifest (the inside of the <c>{"manifest":…}</c> envelope).</summary>
    public VersionedDocument Manifest { get; private set; }

    /// <summary>Each locale's interaction model (the inside of <c>{"interactionModel":…}</c>).</summary>
    public IReadOnlyDictionary<string, VersionedDocument> Models => _models;

    public DateTimeOffset LastUpdated { get; private set; }

    internal void SetManifest(JsonObject manifest, DateTimeOffset now)
    {
        Manifest = new VersionedDocument(manifest);
        LastUpdated = now;
    }

    internal void SetModel(string locale, JsonObject model, DateTimeOffset now)
    {
        _models[locale] = new VersionedDocument(model);
        LastUpdated = now;
    }

    /// <summary>A deep copy (certification snapshots must not change when development does).</summary>
    internal StageContent Snapshot(DateTimeOffset now)
    {
        var copy = new StageContent(Manifest.Document.DeepClone().AsObject(), now);
        copy.Manifest = Manifest with { Document = copy.Manifest.Document }; // the same ETag
        foreach (var (locale, model) in _models)
        {
            copy._models[locale] = model with { Document = model.Document.DeepClone().AsObject() };
        }

        return copy;
    }
}

/// <summary>A JSON document and its opaque ETag, new on every applied write.</summary>
public sealed record VersionedDocument(JsonObject Document)
{
    public string ETag { get; init; } = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
}
