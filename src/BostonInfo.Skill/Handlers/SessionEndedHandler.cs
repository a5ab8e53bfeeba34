using BostonInfo.Skill.Protocol.Responses;
using BostonInfo.Skill.Replies;
using BostonInfo.Skill.Routing;

namespace BostonInfo.Skill.Handlers;

/// <summary>
/// The session is over; Alexa ignores any answer, so the response is empty. Nothing to clean up: the skill
/// keeps no state between requests.
/// </summary>
public sealed class SessionEndedHandler : ISkillHandler
{
    public Task<SkillResponse> HandleAsync(HandlerInput input, CancellationToken cancellationToken) =>
        Task.FromResult(FixedResponses.Empty());
}
