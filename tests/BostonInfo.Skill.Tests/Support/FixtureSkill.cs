using System.Text.Json;
using BostonInfo.Skill.Fixtures;

namespace BostonInfo.Skill.Tests.Support;

/// <summary>
/// The real function talking to the fake city services in memory (the fixture files), on a fixed clock:
/// Thursday 15 January 2026, 9:00 in Boston.
/// </summary>
internal sealed class FixtureSkill
{
    /// <summary>Access tokens the fake Device Address API knows (alexa-device-address.json); any other gets 403.</summary>
    public const string BostonDeviceToken = "fixture-token-boston";
    public const string NoAddressDeviceToken = "fixture-token-no-address";

    private readonly Function _function;

    /// <param name="upstreamsDown">Every city service answers 503.</param>
    /// <param name="withFeedbackWebhook">False: no FEEDBACK_WEBHOOK_URL.</param>
    /// <param name="replaceAnswer">Another body for the requests it returns one for (see <see cref="AnswerReplacingHandler"/>).</param>
    public FixtureSkill(bool upstreamsDown = false, bool withFeedbackWebhook = true, Func<Uri, string?>? replaceAnswer = null)
    {
        var endpoints = FixtureEndpoints.For(FixtureHttpHandler.Root, upstreamsDown);
        Settings = new SkillSettings(null)
        {
            CityData = withFeedbackWebhook ? endpoints : endpoints with { FeedbackWebhook = null },
        };
        _function = new Function(Settings, Time, Log, replaceAnswer is null ? Http : new AnswerReplacingHandler(Http, replaceAnswer));
    }

    public FixtureHttpHandler Http { get; } = new();

    public RecordingSkillLog Log { get; } = new();

    public ManualTimeProvider Time { get; } = new();

    public SkillSettings Settings { get; }

    /// <summary>An IntentRequest whose apiEndpoint is the fake Alexa API.</summary>
    public static AlexaRequest Intent(string name) =>
        AlexaRequest.Intent(name).WithApiEndpoint(FixtureEndpoints.AlexaApi(FixtureHttpHandler.Root));

    public Task<JsonDocument> AskAsync(AlexaRequest request) => SkillInvocation.InvokeAsync(_function, request);

    /// <summary>The URLs the skill called on one fake service, e.g. "geocoder".</summary>
    public IReadOnlyList<Uri> CallsTo(string service) =>
        Http.Requests.Where(uri => uri.AbsolutePath.StartsWith($"/{service}/", StringComparison.Ordinal)).ToList();
}
