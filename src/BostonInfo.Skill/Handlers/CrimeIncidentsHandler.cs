using System.Globalization;
using BostonInfo.Skill.CityData.OpenData;
using BostonInfo.Skill.Location;
using BostonInfo.Skill.Protocol.Responses;
using BostonInfo.Skill.Routing;

namespace BostonInfo.Skill.Handlers;

/// <summary>CrimeIncidentsIntent: the newest crime incident reports within half a mile, newest first.</summary>
public sealed class CrimeIncidentsHandler : PlaceHandler
{
    public const double RadiusMiles = 0.5;
    public const int MaxIncidents = 5;

    public const string NoneSpeech = "I found no crime incident reports within half a mile.";

    private readonly OpenDataClient _openData;

    public CrimeIncidentsHandler(SkillServices services)
        : base(services) => _openData = services.CityData.OpenData;

    public override IReadOnlyCollection<string> IntentNames { get; } = ["CrimeIncidentsIntent"];

    public override string CardTitle => "Crime Reports";

    public override string UnavailableSpeech =>
        "Sorry, I can't reach the Boston Police crime reports right now. Please try again in a little while.";

    protected override PlaceNeed Need => PlaceNeed.NearMe;

    public static string IntroductionSpeech(int count) =>
        count == 1
            ? "Here is the most recent crime incident report within half a mile."
            : $"Here are the {count} most recent crime incident reports within half a mile.";

    public static string IncidentSpeech(CrimeIncident incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        // Newer rows leave the code group blank and older ones the description: say whichever is there.
        var what = new[] { incident.OffenseDescription, incident.OffenseCodeGroup }.FirstOrDefault(text => !string.IsNullOrWhiteSpace(text))
            ?? "an incident";
        var when = DateTime.TryParse(incident.OccurredOn, CultureInfo.InvariantCulture, DateTimeStyles.None, out var occurred)
            ? occurred.ToString("dddd, MMMM d 'at' h:mm tt", CultureInfo.InvariantCulture)
            : null;
        var where = string.IsNullOrWhiteSpace(incident.Street) ? "" : $" on {incident.Street}";
        return when is null ? $"{Capitalised(what)}{where}." : $"On {when}: {what.ToLowerInvariant()}{where}.";
    }

    protected override async Task<SkillResponse> AnswerForAsync(Place place, HandlerInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(place);
        var incidents = await _openData.GetRecentCrimeIncidentsAsync(place.Point, RadiusMiles, MaxIncidents, cancellationToken)
            .ConfigureAwait(false);
        if (incidents.Count == 0)
        {
            return Final(NoneSpeech, input);
        }

        return Final(Listing(IntroductionSpeech(incidents.Count), incidents.Select(IncidentSpeech)), input);
    }

    private static string Capitalised(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..].ToLowerInvariant();
}
