using BostonInfo.Skill.Location;
using BostonInfo.Skill.Protocol.Responses;
using BostonInfo.Skill.Routing;

namespace BostonInfo.Skill.Handlers;

/// <summary>
/// A city-data intent about a place in Boston: the location pipeline finds the place (or asks the user what it
/// needs), and the intent answers for it.
/// </summary>
public abstract class PlaceHandler : CityDataHandler
{
    private readonly LocationResolver _location;

    protected PlaceHandler(SkillServices services)
        : base(services) => _location = services.Location;

    /// <summary>A building (a street address with a house number) or anywhere to search around (a device's position will do).</summary>
    protected abstract PlaceNeed Need { get; }

    protected sealed override async Task<SkillResponse> AnswerAsync(HandlerInput input, CancellationToken cancellationToken)
    {
        Prefetch(cancellationToken);
        var outcome = await _location.ResolveAsync(input, Need, address => AddressKnown(address, cancellationToken), cancellationToken)
            .ConfigureAwait(false);
        return outcome is LocationOutcome.Found found
            ? await AnswerForAsync(found.Place, input, cancellationToken).ConfigureAwait(false)
            : LocationReplies.For(outcome, input, CardTitle);
    }

    /// <summary>
    /// Starts fetching data that does not depend on the place, so it runs while the place is being found
    /// (geocoder, Device Address API) instead of after it.
    /// </summary>
    protected virtual void Prefetch(CancellationToken cancellationToken)
    {
    }

    /// <summary>
    /// Starts fetching data that needs only the address as said, so it runs while the address is being geocoded
    /// instead of after it. Whatever starts here must be kept where <see cref="AnswerForAsync"/> finds it (a cache).
    /// </summary>
    protected virtual void AddressKnown(string address, CancellationToken cancellationToken)
    {
    }

    protected abstract Task<SkillResponse> AnswerForAsync(Place place, HandlerInput input, CancellationToken cancellationToken);
}
