using System.Net;
using BostonInfo.Skill.CityData.Http;

namespace BostonInfo.Skill.CityData.Feedback;

/// <summary>
/// Posts users' feedback to a Slack-compatible incoming webhook (FEEDBACK_WEBHOOK_URL).
/// See https://api.slack.com/messaging/webhooks
/// </summary>
public sealed class FeedbackWebhookClient
{
    private readonly UpstreamHttp _http;
    private readonly Uri? _webhook;

    public FeedbackWebhookClient(UpstreamHttp http, Uri? webhook)
    {
        _http = http ?? throw new ArgumentNullException(nameof(http));
        _webhook = webhook;
    }

    /// <summary>False when no webhook is configured: feedback then cannot be recorded.</summary>
    public bool IsConfigured => _webhook is not null;

    /// <summary>POSTs the feedback as a quoted Slack message; any status but 2xx is an <see cref="UpstreamException"/>.</summary>
    public async Task SendAsync(string feedback, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(feedback);
        var webhook = _webhook ?? throw new InvalidOperationException("No feedback webhook is configured.");
        var message = new WebhookMessage { Text = $":bulb: Boston Info feedback\n>{feedback.Replace("\n", "\n>", StringComparison.Ordinal)}" };
        var status = await _http.PostJsonAsync(webhook, message, CityDataJsonContext.Default.WebhookMessage, cancellationToken).ConfigureAwait(false);
        if ((int)status is < 200 or > 299)
        {
            throw new UpstreamException(_http.Name, $"answered HTTP {(int)status}");
        }
    }
}
