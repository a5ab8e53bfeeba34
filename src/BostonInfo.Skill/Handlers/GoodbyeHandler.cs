using BostonInfo.Skill.Protocol.Responses;
using BostonInfo.Skill.Replies;
using BostonInfo.Skill.Routing;

namespace BostonInfo.Skill.Handlers;

/// <summary>Stop, Cancel and "go home" all mean the user is done: say goodbye and end the session.</summary>
public sealed class GoodbyeHandler : IIntentHandler
{
    public const string CardTitle = "Boston Info";

    public const string Speech = "Thanks for using Boston Info. Goodbye!";

    public IReadOnlyCollection<string> IntentNames { get; } =
        [BuiltInIntents.Stop, BuiltInIntents.Cancel, BuiltInIntents.NavigateHome];

    public Task<SkillResponse> HandleAsync(HandlerInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var response = new ResponseBuilder()
            .Speak(Speech)
            .SimpleCard(CardTitle)
            .EndSession()
            .SessionAttributes(input.SessionAttributes)
            .Build();
        return Task.FromResult(response);
    }
}
