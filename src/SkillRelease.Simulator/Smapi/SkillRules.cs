using System.Text.Json.Nodes;
using SkillRelease.Simulator.Lambda;

namespace SkillRelease.Simulator.Smapi;

/// <summary>What SMAPI checks before it accepts a write, and what a validation run or a submit checks.</summary>
internal sealed class SkillRules(string skillId, ILambdaEndpointCheck lambda)
{
    /// <summary>Problems that make a manifest PUT fail at once with 400.</summary>
    /// <param name="endpointRequired">False for CreateSkill: a new skill may have no endpoint yet (ask-cli's own
    /// deploy creates the skill first and sets the endpoint after deploying the function).</param>
    public IReadOnlyList<Violation> ManifestViolations(JsonObject manifest, bool endpointRequired = true)
    {
        var violations = new List<Violation>();
        if (Text(manifest["manifestVersion"]) != "1.0")
        {
            violations.Add(new("INVALID_ENUM_VALUE", "manifestVersion - must be 1.0."));
        }

        if (Locales(manifest).Count == 0)
        {
            violations.Add(new("MISSING_REQUIRED_PROPERTY", "publishingInformation.locales - At least one locale is required."));
        }

        var endpoints = Endpoints(manifest);
        if (endpoints.Count == 0 && endpointRequired)
        {
            violations.Add(new("MISSING_REQUIRED_PROPERTY", "custom.endpoint - No endpoint is defined."));
        }

        foreach (var (path, uri) in endpoints)
        {
            if (uri.StartsWith("arn:", StringComparison.Ordinal) && lambda.WhyCannotInvoke(uri, skillId) is { } reason)
            {
                violations.Add(new("INVALID_URL_FORMAT", $"{path} - {reason}"));
            }
            else if (!uri.StartsWith("arn:", StringComparison.Ordinal) && !uri.StartsWith("https://", StringComparison.Ordinal))
            {
                violations.Add(new("INVALID_URL_FORMAT", $"{path} - The endpoint must be an AWS Lambda ARN or an HTTPS URL."));
            }
        }

        return violations;
    }

    /// <summary>Problems that make a model PUT fail at once with 400.</summary>
    public static IReadOnlyList<Violation> ModelViolations(JsonObject? model, string locale, JsonObject developmentManifest)
    {
        var violations = new List<Violation>();
        if (!Locales(developmentManifest).Contains(locale))
        {
            violations.Add(new("INVALID_REQUEST_PARAMETER", $"The locale {locale} is not in the skill manifest's publishingInformation.locales."));
        }

        var language = model?["languageModel"] as JsonObject;
        if (language is null)
        {
            violations.Add(new("MISSING_REQUIRED_PROPERTY", "interactionModel.languageModel - is required."));
            return violations;
        }

        if (string.IsNullOrWhiteSpace(Text(language["invocationName"])))
        {
            violations.Add(new("MISSING_REQUIRED_PROPERTY", "interactionModel.languageModel.invocationName - must not be empty."));
        }

        if (language["intents"] is not JsonArray { Count: > 0 } intents)
        {
            violations.Add(new("EXPECTED_NOT_EMPTY_VALUE", "interactionModel.languageModel.intents - At least one intent is required."));
        }
        else if (intents.Any(i => string.IsNullOrWhiteSpace(Text(i?["name"]))))
        {
            violations.Add(new("MISSING_REQUIRED_PROPERTY", "interactionModel.languageModel.intents[].name - is required."));
        }

        return violations;
    }

    /// <summary>Problems only the build finds (it then ends FAILED): slots of a type that is neither built in nor defined.</summary>
    public static IReadOnlyList<Violation> BuildErrors(JsonObject model)
    {
        var language = model["languageModel"] as JsonObject;
        var defined = (language?["types"] as JsonArray ?? []).Select(t => Text(t?["name"])).ToHashSet(StringComparer.Ordinal);
        return [.. (language?["intents"] as JsonArray ?? [])
            .SelectMany(intent => (intent?["slots"] as JsonArray ?? []).Select(slot => (Intent: Text(intent?["name"]), Type: Text(slot?["type"]))))
            .Where(s => s.Type is not null && !s.Type.StartsWith("AMAZON.", StringComparison.Ordinal) && !defined.Contains(s.Type))
            .Select(s => new Violation("INVALID_SLOT_TYPE", $"Intent {s.Intent} uses the slot type {s.Type}, which is neither built in nor defined."))];
    }

    /// <summary>The checks of a validation run (also run by a submit).</summary>
    public IReadOnlyList<ValidationItem> Checks(StageContent development, IReadOnlyCollection<string> locales)
    {
        var checks = new List<ValidationItem>();
        foreach (var (path, uri) in Endpoints(development.Manifest.Document))
        {
            var reason = uri.StartsWith("arn:", StringComparison.Ordinal) ? lambda.WhyCannotInvoke(uri, skillId) : null;
            checks.Add(new ValidationItem("Endpoint can be invoked", reason ?? $"{path} answers.", null, reason is null));
        }

        foreach (var locale in locales)
        {
            var hasModel = development.Models.ContainsKey(locale);
            checks.Add(new ValidationItem("Interaction model exists", hasModel ? $"{locale} has a model." : $"The locale {locale} has no interaction model.", locale, hasModel));
        }

        return checks;
    }

    public static IReadOnlyList<string> Locales(JsonObject manifest) =>
        manifest["publishingInformation"]?["locales"] is JsonObject locales ? [.. locales.Select(l => l.Key)] : [];

    /// <summary>Every endpoint URI in the manifest with where it sits: the default and each region's.</summary>
    public static IReadOnlyList<(string Path, string Uri)> Endpoints(JsonObject manifest)
    {
        var custom = manifest["apis"]?["custom"];
        var endpoints = new List<(string, string)>();
        if (Text(custom?["endpoint"]?["uri"]) is { } uri)
        {
            endpoints.Add(("apis.custom.endpoint.uri", uri));
        }

        foreach (var (region, value) in custom?["regions"] as JsonObject ?? [])
        {
            if (Text(value?["endpoint"]?["uri"]) is { } regional)
            {
                endpoints.Add(($"apis.custom.regions.{region}.endpoint.uri", regional));
            }
        }

        return endpoints;
    }

    public static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
