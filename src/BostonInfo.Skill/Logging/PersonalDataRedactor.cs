using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using BostonInfo.Skill.Protocol.Requests;

namespace BostonInfo.Skill.Logging;

/// <summary>
/// The single redaction point for free text that reaches the log (exception messages): every personal value
/// found in the request (tokens, user and device ids, slot values, session attribute strings, coordinates) is
/// replaced by "[redacted]". Over-redacting a short common value is acceptable; leaking one is not.
/// </summary>
public sealed class PersonalDataRedactor
{
    public const string Replacement = "[redacted]";

    private readonly IReadOnlyList<string> _values;

    private PersonalDataRedactor(IEnumerable<string?> values)
    {
        // Longest first, so a value that contains another is removed whole.
        _values = values
            .Where(value => !string.IsNullOrWhiteSpace(value))
            .Select(value => value!)
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(value => value.Length)
            .ToList();
    }

    public static PersonalDataRedactor None { get; } = new([]);

    public static PersonalDataRedactor For(SkillRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new PersonalDataRedactor(PersonalValues(request));
    }

    public string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var value in _values)
        {
            text = text.Replace(value, Replacement, StringComparison.OrdinalIgnoreCase);
        }

        return text;
    }

    private static IEnumerable<string?> PersonalValues(SkillRequest request)
    {
        foreach (var value in UserValues(request.Session?.User))
        {
            yield return value;
        }

        foreach (var value in StringsIn(request.Session?.Attributes))
        {
            yield return value;
        }

        var system = request.Context?.System;
        yield return system?.ApiAccessToken;
        yield return system?.Device?.DeviceId;
        foreach (var value in UserValues(system?.User))
        {
            yield return value;
        }

        var coordinate = request.Context?.Geolocation?.Coordinate;
        foreach (var degrees in new[] { coordinate?.LatitudeInDegrees, coordinate?.LongitudeInDegrees })
        {
            if (degrees is { } number)
            {
                yield return number.ToString(CultureInfo.InvariantCulture);
            }
        }

        if (request.Request is IntentRequest { Intent.Slots: { } slots })
        {
            foreach (var slot in slots.Values)
            {
                yield return slot.Value;
                foreach (var authority in slot.Resolutions?.ResolutionsPerAuthority ?? [])
                {
                    foreach (var item in authority.Values ?? [])
                    {
                        yield return item.Value?.Name;
                    }
                }
            }
        }
    }

    private static IEnumerable<string?> UserValues(User? user)
    {
        yield return user?.UserId;
        yield return user?.AccessToken;
        yield return user?.Permissions?.ConsentToken;
    }

    private static IEnumerable<string> StringsIn(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, child) in obj)
                {
                    foreach (var value in StringsIn(child))
                    {
                        yield return value;
                    }
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    foreach (var value in StringsIn(child))
                    {
                        yield return value;
                    }
                }

                break;
            case JsonValue leaf when leaf.GetValueKind() == JsonValueKind.String:
                yield return leaf.GetValue<string>();
                break;
        }
    }
}
