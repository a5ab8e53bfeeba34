using System.Text.Json;
using System.Text.Json.Nodes;

namespace SkillRelease.Release.Packages;

/// <summary>
/// The skill-package folder in the ASK CLI layout: <c>skill.json</c> (the <c>{"manifest":…}</c> envelope) and
/// <c>interactionModels/custom/&lt;locale&gt;.json</c> (each an <c>{"interactionModel":…}</c> envelope). Loading
/// checks what SMAPI would reject, so a bad package stops before any remote write.
/// </summary>
public sealed record SkillPackage(JsonObject Manifest, IReadOnlyDictionary<string, JsonObject> Models)
{
    public IReadOnlyList<string> Locales => Models.Keys.Order(StringComparer.Ordinal).ToList();

    public static SkillPackage Load(string directory)
    {
        var manifestPath = Path.Combine(directory, "skill.json");
        var manifest = ReadObject(manifestPath, "manifest");
        var manifestLocales = manifest["manifest"]?["publishingInformation"]?["locales"] as JsonObject
            ?? throw new SkillPackageException($"{manifestPath} has no manifest.publishingInformation.locales: add the locales the skill supports.");

        var modelFolder = Path.Combine(directory, "interactionModels", "custom");
        var models = new SortedDictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (var path in Directory.Exists(modelFolder) ? Directory.GetFiles(modelFolder, "*.json") : [])
        {
            var locale = Path.GetFileNameWithoutExtension(path);
            if (!manifestLocales.ContainsKey(locale))
            {
                throw new SkillPackageException($"{path} is a model for {locale}, but skill.json's publishingInformation.locales does not list {locale}: add the locale to the manifest or remove the model.");
            }

            var model = ReadObject(path, "interactionModel");
            var languageModel = model["interactionModel"]?["languageModel"] as JsonObject;
            if (string.IsNullOrWhiteSpace(languageModel?["invocationName"]?.GetValue<string>()))
            {
                throw new SkillPackageException($"{path} has no interactionModel.languageModel.invocationName.");
            }

            if (languageModel!["intents"] is not JsonArray { Count: > 0 })
            {
                throw new SkillPackageException($"{path} has no intents in interactionModel.languageModel.intents.");
            }

            models[locale] = model;
        }

        if (models.Count == 0)
        {
            throw new SkillPackageException($"{modelFolder} holds no interaction model: add <locale>.json, e.g. en-US.json.");
        }

        var modelless = manifestLocales.Select(l => l.Key).Where(l => !models.ContainsKey(l)).ToList();
        if (modelless.Count > 0)
        {
            throw new SkillPackageException($"skill.json lists {string.Join(", ", modelless)} but {modelFolder} has no model for {(modelless.Count == 1 ? "it" : "them")}.");
        }

        return new SkillPackage(manifest, models);
    }

    private static JsonObject ReadObject(string path, string envelope)
    {
        if (!File.Exists(path))
        {
            throw new SkillPackageException($"{path} is missing.");
        }

        JsonNode? node;
        try
        {
            node = JsonNode.Parse(File.ReadAllText(path), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Disallow });
        }
        catch (JsonException exception)
        {
            throw new SkillPackageException($"{path} is not valid JSON: {exception.Message}");
        }

        if (node is not JsonObject root || root[envelope] is not JsonObject)
        {
            throw new SkillPackageException($"{path} must be a JSON object with a \"{envelope}\" object at its root.");
        }

        return root;
    }
}
