using System.Text.Json.Nodes;
using BostonInfo.Skill.Protocol.Responses;
using BostonInfo.Skill.Replies;
using BostonInfo.Skill.Routing;
using BostonInfo.Skill.Speech;

namespace BostonInfo.Skill.Location;

/// <summary>
/// What the skill says when <see cref="LocationResolver"/> found no Boston place: ask for permission or an
/// address (Dialog.ElicitSlot on the Address slot), name the choices of an ambiguous address, or explain that
/// the skill only knows Boston. After two unusable addresses in a row it stops asking.
/// </summary>
public static class LocationReplies
{
    /// <summary>
    /// Names what the consent card asks for: the device's address (the Device Address API's full-address scope),
    /// and for "near me" questions also its location (the geolocation scope), so the user knows what to allow.
    /// </summary>
    public static string NeedsPermissionSpeech(IReadOnlyCollection<string> scopes)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        var shared = scopes.Contains(PermissionScopes.Geolocation)
            ? "your device's address or its location"
            : "your device's address";
        return $"To answer that, I need an address. I've sent a card to your Alexa app where you can share {shared} " +
            "with Boston Info. Or just tell me the street address now. What is it?";
    }

    public const string NeedsAddressSpeech = "Which street address should I look up? For example: 1 City Hall Square.";

    public const string AddressRepromptSpeech = "Please tell me a Boston street address, with the number and the street.";

    public const string GiveUpSpeech =
        "Sorry, I still couldn't find that address. Please try again with a Boston street address, with the number and the street.";

    public const string OutsideBostonPositionSpeech =
        "Your location doesn't seem to be in Boston. Boston Info only knows about the City of Boston: please ask again with a Boston address.";

    /// <summary>How many unusable addresses in a row end the conversation.</summary>
    public const int MaxAttempts = 2;

    public static string HouseNumberSpeech(string address) =>
        $"For that I need a street address with a house number, not only {address}. What is the whole street address?";

    public static string NotFoundSpeech(string address) =>
        $"I couldn't find {address} in Boston. Please say the street number and the street name again.";

    public static string AmbiguousSpeech(string address, IReadOnlyList<string> choices) =>
        $"I found {address} in more than one place: {SpokenList.Join(choices, "or")}. " +
        "Which one do you mean? Please say the address again with its neighborhood or zip code.";

    public static string OutsideBostonSpeech(string address) =>
        $"{address} doesn't seem to be in Boston. Boston Info only knows about the City of Boston: please ask again with a Boston address.";

    /// <summary>The reply to any outcome but <see cref="LocationOutcome.Found"/>.</summary>
    public static SkillResponse For(LocationOutcome outcome, HandlerInput input, string cardTitle)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(input);
        var attributes = input.SessionAttributes;
        return outcome switch
        {
            LocationOutcome.NeedsPermission permission => AskForAddress(NeedsPermissionSpeech(permission.Scopes), attributes, cardTitle, permission.Scopes),
            LocationOutcome.NeedsAddress => AskForAddress(NeedsAddressSpeech, attributes, cardTitle),
            LocationOutcome.NeedsHouseNumber street => AskAgain(HouseNumberSpeech(street.Address), attributes, cardTitle),
            LocationOutcome.NotFound notFound => AskAgain(NotFoundSpeech(notFound.Address), attributes, cardTitle),
            LocationOutcome.Ambiguous ambiguous => AskAgain(AmbiguousSpeech(ambiguous.Address, ambiguous.Choices), attributes, cardTitle),
            LocationOutcome.OutsideBoston { Address: { } address } => End(OutsideBostonSpeech(address), attributes, cardTitle),
            LocationOutcome.OutsideBoston => End(OutsideBostonPositionSpeech, attributes, cardTitle),
            _ => throw new ArgumentException($"{outcome} is a place, not a question for the user.", nameof(outcome)),
        };
    }

    /// <summary>Asks for the address again, or, after <see cref="MaxAttempts"/> unusable addresses, gives up.</summary>
    public static SkillResponse AskAgain(string speech, JsonObject attributes, string cardTitle) =>
        AskAgain(speech, attributes, cardTitle, SlotNames.Address, AddressRepromptSpeech, SessionKeys.AddressAttempts);

    /// <summary>
    /// Asks again for <paramref name="slot"/>, or, after <see cref="MaxAttempts"/> unusable answers in a row (counted
    /// in the session attribute <paramref name="attemptsKey"/>), gives up.
    /// </summary>
    public static SkillResponse AskAgain(
        string speech, JsonObject attributes, string cardTitle, string slot, string reprompt, string attemptsKey)
    {
        ArgumentNullException.ThrowIfNull(attributes);
        var attempts = (attributes[attemptsKey] is JsonValue value && value.TryGetValue<int>(out var count) ? count : 0) + 1;
        if (attempts >= MaxAttempts)
        {
            attributes.Remove(attemptsKey);
            return End(GiveUpSpeech, attributes, cardTitle);
        }

        attributes[attemptsKey] = attempts;
        return Ask(speech, reprompt, slot, attributes, cardTitle);
    }

    private static SkillResponse AskForAddress(string speech, JsonObject attributes, string cardTitle, IReadOnlyList<string>? scopes = null) =>
        Ask(speech, AddressRepromptSpeech, SlotNames.Address, attributes, cardTitle, scopes);

    private static SkillResponse Ask(
        string speech, string reprompt, string slot, JsonObject attributes, string cardTitle, IReadOnlyList<string>? scopes = null)
    {
        var builder = new ResponseBuilder()
            .Speak(speech)
            .Reprompt(reprompt)
            .ElicitSlot(slot)
            .SessionAttributes(attributes);
        return (scopes is null ? builder.SimpleCard(cardTitle) : builder.PermissionsCard([.. scopes])).Build();
    }

    private static SkillResponse End(string speech, JsonObject attributes, string cardTitle) =>
        new ResponseBuilder().Speak(speech).SimpleCard(cardTitle).EndSession().SessionAttributes(attributes).Build();
}
