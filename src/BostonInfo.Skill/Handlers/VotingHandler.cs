using System.Globalization;
using BostonInfo.Skill.CityData.ArcGis;
using BostonInfo.Skill.Location;
using BostonInfo.Skill.Protocol.Responses;
using BostonInfo.Skill.Routing;

namespace BostonInfo.Skill.Handlers;

/// <summary>VotingIntent: the polling place of the precinct an address is in. Needs an address, not a position.</summary>
public sealed class VotingHandler : PlaceHandler
{
    public const string NoPrecinctSpeech =
        "I couldn't find the voting precinct for that address. You can look up your polling place on boston.gov, under elections.";

    private readonly FeatureServiceClient _features;

    public VotingHandler(SkillServices services)
        : base(services) => _features = services.CityData.Features;

    public override IReadOnlyCollection<string> IntentNames { get; } = ["VotingIntent"];

    public override string CardTitle => "Where to Vote";

    public override string UnavailableSpeech =>
        "Sorry, I can't reach the city's polling place list right now. Please try again in a little while.";

    // Where someone is standing says nothing about where they are registered.
    protected override bool AcceptsDevicePosition => false;

    public static string PollingPlaceSpeech(PollingPlace place, int ward, int precinct)
    {
        ArgumentNullException.ThrowIfNull(place);
        return $"Your polling place is {place.Name}, at {place.Address}. That address votes in ward {ward}, precinct {precinct}.";
    }

    protected override async Task<SkillResponse> AnswerForAsync(Place place, HandlerInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(place);
        var wardPrecinct = await _features.GetWardPrecinctAsync(place.Point, cancellationToken).ConfigureAwait(false);
        if (wardPrecinct is null)
        {
            return Final(NoPrecinctSpeech, input);
        }

        // "1008" is ward 10, precinct 08.
        var ward = int.Parse(wardPrecinct[..2], CultureInfo.InvariantCulture);
        var precinct = int.Parse(wardPrecinct[2..], CultureInfo.InvariantCulture);
        var pollingPlace = await _features.GetPollingPlaceAsync(ward, precinct, cancellationToken).ConfigureAwait(false);
        return pollingPlace is null ? Final(NoPrecinctSpeech, input) : Final(PollingPlaceSpeech(pollingPlace, ward, precinct), input);
    }
}
