using System.Text.Json.Nodes;
using BostonInfo.Skill.CityData.BostonGov;
using BostonInfo.Skill.Protocol.Requests;
using BostonInfo.Skill.Protocol.Responses;
using BostonInfo.Skill.Replies;
using BostonInfo.Skill.Routing;
using BostonInfo.Skill.Speech;

namespace BostonInfo.Skill.Handlers;

/// <summary>
/// GetAlertsIntent: the city's service alerts from boston.gov. With several, it names the services and asks
/// which one to hear (or all); the alerts are kept in the session for that follow-up, so the page is read once.
/// </summary>
public sealed class GetAlertsHandler : CityDataHandler
{
    public const string ServiceSlot = "ServiceName";
    public const string AlertsKey = "alerts";
    public const string AllServices = "all";

    public const string NoAlertsSpeech =
        "There are no city service alerts right now: city services are running on their normal schedules.";

    public const string RepromptSpeech = "Which service would you like to hear about? You can also say all.";

    private readonly BostonGovClient _bostonGov;

    public GetAlertsHandler(SkillServices services)
        : base(services) => _bostonGov = services.CityData.BostonGov;

    public override IReadOnlyCollection<string> IntentNames { get; } = ["GetAlertsIntent"];

    public override string CardTitle => "City Alerts";

    public override string UnavailableSpeech =>
        "Sorry, I can't check boston.gov for city alerts right now. Please try again in a little while.";

    public static string ChoiceSpeech(IReadOnlyList<CityAlert> alerts)
    {
        ArgumentNullException.ThrowIfNull(alerts);
        return $"There are {alerts.Count} city service alerts, for {SpokenList.Join(alerts.Select(alert => alert.Service).ToList())}. " +
            "Which one would you like to hear? You can also say all.";
    }

    public static string UnknownServiceSpeech(string service) => $"Sorry, I have no alert for {service}.";

    protected override async Task<SkillResponse> AnswerAsync(HandlerInput input, CancellationToken cancellationToken)
    {
        var alerts = Remembered(input.SessionAttributes)
            ?? AlertPruning.Alerts(await _bostonGov.GetHomePageStatusAsync(cancellationToken).ConfigureAwait(false));
        var slot = input.Intent?.Slots?.GetValueOrDefault(ServiceSlot);
        var asked = Canonical(slot);

        if (alerts.Count == 0)
        {
            return Final(NoAlertsSpeech, input);
        }

        if (asked is null && alerts.Count == 1 || string.Equals(asked, AllServices, StringComparison.OrdinalIgnoreCase))
        {
            return Said(alerts, input);
        }

        if (asked is null)
        {
            return AskWhich(ChoiceSpeech(alerts), alerts, input);
        }

        var chosen = alerts.Where(alert => SameService(alert.Service, asked)).ToList();
        return chosen.Count > 0
            ? Said(chosen, input)
            : AskWhich($"{UnknownServiceSpeech(slot?.Value ?? asked)} {ChoiceSpeech(alerts)}", alerts, input);
    }

    private SkillResponse Said(IEnumerable<CityAlert> alerts, HandlerInput input)
    {
        input.SessionAttributes.Remove(AlertsKey);
        var speech = new SsmlBuilder();
        foreach (var alert in alerts)
        {
            // A tile's text rarely names its service; the banner speaks for itself.
            speech.Say(alert.Service == AlertPruning.BannerService ? alert.Text : $"{alert.Service}: {alert.Text}")
                .Pause(TimeSpan.FromMilliseconds(300));
        }

        return Final(speech.Build(), input);
    }

    private SkillResponse AskWhich(string speech, IReadOnlyList<CityAlert> alerts, HandlerInput input)
    {
        input.SessionAttributes[AlertsKey] = new JsonArray(alerts
            .Select(alert => (JsonNode)new JsonObject { ["service"] = alert.Service, ["text"] = alert.Text })
            .ToArray());
        return new ResponseBuilder()
            .Speak(speech)
            .Reprompt(RepromptSpeech)
            .SimpleCard(CardTitle)
            .ElicitSlot(ServiceSlot)
            .SessionAttributes(input.SessionAttributes)
            .Build();
    }

    /// <summary>The alerts a previous turn of this session read, or null.</summary>
    private static List<CityAlert>? Remembered(JsonObject attributes) =>
        attributes[AlertsKey] is JsonArray stored
            ? stored.OfType<JsonObject>()
                .Select(alert => (Service: alert["service"]?.GetValue<string>(), Text: alert["text"]?.GetValue<string>()))
                .Where(alert => alert.Service is not null && alert.Text is not null)
                .Select(alert => new CityAlert(alert.Service!, alert.Text!))
                .ToList()
            : null;

    /// <summary>The slot's canonical value when entity resolution matched (so synonyms work), else what was said.</summary>
    private static string? Canonical(Slot? slot) =>
        slot?.Resolutions?.ResolutionsPerAuthority?
            .Where(authority => authority.Status?.Code == ResolutionStatus.SuccessMatch)
            .SelectMany(authority => authority.Values ?? [])
            .Select(value => value.Value?.Name)
            .FirstOrDefault(name => !string.IsNullOrWhiteSpace(name))
        ?? (string.IsNullOrWhiteSpace(slot?.Value) ? null : slot.Value);

    private static bool SameService(string service, string asked)
    {
        var label = Normalized(service);
        var wanted = Normalized(asked);
        return label.Contains(wanted, StringComparison.Ordinal) || wanted.Contains(label, StringComparison.Ordinal);
    }

    private static string Normalized(string text) =>
        text.ToLowerInvariant().Replace('-', ' ').Replace("&", "and", StringComparison.Ordinal).Trim();
}
