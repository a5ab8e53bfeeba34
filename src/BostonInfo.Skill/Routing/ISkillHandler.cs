using BostonInfo.Skill.Protocol.Responses;

namespace BostonInfo.Skill.Routing;

/// <summary>Answers one kind of request. Handlers hold no per-request state: one instance serves every call.</summary>
public interface ISkillHandler
{
    Task<SkillResponse> HandleAsync(HandlerInput input, CancellationToken cancellationToken);
}
