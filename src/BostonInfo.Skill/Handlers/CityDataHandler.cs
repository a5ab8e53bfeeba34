using BostonInfo.Skill.CityData.Http;
using BostonInfo.Skill.Logging;
using BostonInfo.Skill.Protocol.Responses;
using BostonInfo.Skill.Replies;
using BostonInfo.Skill.Routing;
using BostonInfo.Skill.Speech;

namespace BostonInfo.Skill.Handlers;

/// <summary>
/// The shape of every intent that answers from city data: the answer ends the session with a card titled for
/// the feature, and when a city service fails or is too slow the user hears that feature's own short apology
/// (and the log says which service, with no personal data).
/// </summary>
public abstract class CityDataHandler : IIntentHandler
{
    private readonly ISkillLog _log;

    protected CityDataHandler(SkillServices services)
    {
        ArgumentNullException.ThrowIfNull(services);
        _log = services.Log;
    }

    public abstract IReadOnlyCollection<string> IntentNames { get; }

    /// <summary>The card's title in the Alexa app.</summary>
    public abstract string CardTitle { get; }

    /// <summary>What the user hears when the feature's city service cannot answer.</summary>
    public abstract string UnavailableSpeech { get; }

    public async Task<SkillResponse> HandleAsync(HandlerInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        try
        {
            return await AnswerAsync(input, cancellationToken).ConfigureAwait(false);
        }
        catch (UpstreamException exception)
        {
            _log.Write(new LogEntry
            {
                Level = LogLevels.Warning,
                Event = LogEvents.UpstreamFailed,
                RequestType = input.Request.Type,
                Intent = input.Intent?.Name,
                Handler = GetType().Name,
                ErrorType = exception.GetType().FullName,
                Error = exception.Message,
            });
            return Final(SpokenText.Plain(UnavailableSpeech), input);
        }
    }

    protected abstract Task<SkillResponse> AnswerAsync(HandlerInput input, CancellationToken cancellationToken);

    /// <summary>The answer: spoken, shown on the feature's card, and the session ends.</summary>
    protected SkillResponse Final(SpokenText speech, HandlerInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return new ResponseBuilder().Speak(speech).SimpleCard(CardTitle).EndSession().SessionAttributes(input.SessionAttributes).Build();
    }

    protected SkillResponse Final(string speech, HandlerInput input) => Final(SpokenText.Plain(speech), input);

    /// <summary>An introduction, then one sentence per item with a short pause between them (SSML, escaped).</summary>
    protected static SpokenText Listing(string introduction, IEnumerable<string> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var speech = new SsmlBuilder().Say(introduction);
        foreach (var item in items)
        {
            speech.Pause(TimeSpan.FromMilliseconds(300)).Say(item);
        }

        return speech.Build();
    }
}
