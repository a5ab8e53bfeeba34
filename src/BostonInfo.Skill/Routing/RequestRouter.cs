using BostonInfo.Skill.Protocol.Requests;

namespace BostonInfo.Skill.Routing;

/// <summary>
/// Maps a request to exactly one handler: by request type, and for IntentRequests by intent name. Anything
/// unrecognised goes to the "unknown" handlers, so routing never throws.
/// </summary>
public sealed class RequestRouter
{
    private readonly ISkillHandler _launch;
    private readonly ISkillHandler _sessionEnded;
    private readonly ISkillHandler _unknownIntent;
    private readonly ISkillHandler _unknownRequest;
    private readonly Dictionary<string, IIntentHandler> _intents = new(StringComparer.Ordinal);

    public RequestRouter(
        ISkillHandler launch,
        ISkillHandler sessionEnded,
        IEnumerable<IIntentHandler> intentHandlers,
        ISkillHandler unknownIntent,
        ISkillHandler unknownRequest)
    {
        _launch = launch ?? throw new ArgumentNullException(nameof(launch));
        _sessionEnded = sessionEnded ?? throw new ArgumentNullException(nameof(sessionEnded));
        _unknownIntent = unknownIntent ?? throw new ArgumentNullException(nameof(unknownIntent));
        _unknownRequest = unknownRequest ?? throw new ArgumentNullException(nameof(unknownRequest));
        ArgumentNullException.ThrowIfNull(intentHandlers);

        foreach (var handler in intentHandlers)
        {
            foreach (var intentName in handler.IntentNames)
            {
                if (!_intents.TryAdd(intentName, handler))
                {
                    throw new ArgumentException(
                        $"Intent {intentName} is registered twice ({_intents[intentName].GetType().Name} and {handler.GetType().Name}).",
                        nameof(intentHandlers));
                }
            }
        }
    }

    /// <summary>Every intent name that has a handler.</summary>
    public IReadOnlyCollection<string> IntentNames => _intents.Keys;

    public ISkillHandler Route(Request request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request switch
        {
            LaunchRequest => _launch,
            SessionEndedRequest => _sessionEnded,
            IntentRequest { Intent.Name: { } name } when _intents.TryGetValue(name, out var handler) => handler,
            IntentRequest => _unknownIntent,
            _ => _unknownRequest,
        };
    }
}
