using System.Text.Json.Nodes;
using SkillRelease.Release.Packages;
using SkillRelease.Smapi.Model;

namespace SkillRelease.Release.State;

/// <summary>One skill stage as observed: its manifest (with ETag) and its interaction model per locale.</summary>
public sealed record StageState(string Stage, StageDocument Manifest, IReadOnlyDictionary<string, StageDocument> Models)
{
    public string? EndpointUri => ManifestEndpoint.Get(Manifest.Envelope);

    /// <summary>
    /// Whether this stage holds exactly the package's models and manifest, endpoint aside: a locale the stage has
    /// and the package lacks shows in the manifest's locales, so it is a difference too.
    /// </summary>
    public bool Holds(SkillPackage package) =>
        SkillDocuments.AreEquivalent(ManifestEndpoint.Without(package.Manifest), ManifestEndpoint.Without(Manifest.Envelope))
        && package.Models.All(m => Models.TryGetValue(m.Key, out var remote) && SkillDocuments.AreEquivalent(m.Value, remote.Envelope));

    public JsonObject ManifestWithEndpoint(string uri) => ManifestEndpoint.With(Manifest.Envelope, uri);
}
