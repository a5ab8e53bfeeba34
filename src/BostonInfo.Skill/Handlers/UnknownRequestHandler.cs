using BostonInfo.Skill.Protocol.Responses;
using BostonInfo.Skill.Replies;
using BostonInfo.Skill.Routing;

namespace BostonInfo.Skill.Handlers;

/// <summary>
/// A request type the skill does not handle (AudioPlayer events, Connections.Response, …): a short polite
/// answer that ends the session, instead of the original's crash.
/// </summary>
public sealed class UnknownRequestHandler : ISkillHandler
{
    public const string Speech = "Sorry, Boston Info can't handle that kind of request.";

    public Task<SkillResponse> HandleAsync(HandlerInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var response = new ResponseBuilder()
            .Speak(Speech)
            .EndSession()
            .Build();
        return Task.FromResult(response);
    }
}
