namespace BostonInfo.Skill.Routing;

/// <summary>A handler for IntentRequests, naming the intent(s) of the interaction model it answers.</summary>
public interface IIntentHandler : ISkillHandler
{
    IReadOnlyCollection<string> IntentNames { get; }
}
