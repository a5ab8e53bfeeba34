using BostonInfo.Skill.CityData.Feedback;
using BostonInfo.Skill.Protocol.Responses;
using BostonInfo.Skill.Replies;
using BostonInfo.Skill.Routing;

namespace BostonInfo.Skill.Handlers;

/// <summary>
/// FeedbackIntent: asks for the suggestion when it was not said yet, then posts it to the team's webhook.
/// Without a configured webhook the user is told, politely, that it could not be recorded.
/// </summary>
public sealed class FeedbackHandler : CityDataHandler
{
    public const string FeedbackSlot = "Feedback";

    public const string AskSpeech = "In a sentence or two, what's your suggestion or the problem you found?";
    public const string AskRepromptSpeech = "What would you like to tell the Boston Info team?";
    public const string ThanksSpeech = "Thank you! Your feedback has been sent to the Boston Info team.";
    public const string NotRecordedSpeech =
        "Thank you. I'm sorry, Boston Info can't record feedback at the moment. Please try again another time.";

    private readonly FeedbackWebhookClient _webhook;

    public FeedbackHandler(SkillServices services)
        : base(services) => _webhook = services.CityData.Feedback;

    public override IReadOnlyCollection<string> IntentNames { get; } = ["FeedbackIntent"];

    public override string CardTitle => "Feedback";

    public override string UnavailableSpeech => "Sorry, there was a problem sending your feedback. Please try again later.";

    protected override async Task<SkillResponse> AnswerAsync(HandlerInput input, CancellationToken cancellationToken)
    {
        if (input.Intent?.SlotValue(FeedbackSlot) is not { } feedback)
        {
            return new ResponseBuilder()
                .Speak(AskSpeech)
                .Reprompt(AskRepromptSpeech)
                .SimpleCard(CardTitle)
                .ElicitSlot(FeedbackSlot)
                .SessionAttributes(input.SessionAttributes)
                .Build();
        }

        if (!_webhook.IsConfigured)
        {
            return Final(NotRecordedSpeech, input);
        }

        await _webhook.SendAsync(feedback, cancellationToken).ConfigureAwait(false);
        return Final(ThanksSpeech, input);
    }
}
