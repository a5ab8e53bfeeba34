namespace BostonInfo.Skill.CityData.Feedback;

/// <summary>The body of a Slack-compatible incoming webhook: {"text": "…"}.</summary>
public sealed class WebhookMessage
{
    public string Text { get; init; } = "";
}
