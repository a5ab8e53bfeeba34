using System.Text.Json;
using BostonInfo.Skill.Logging;
using BostonInfo.Skill.Protocol;
using BostonInfo.Skill.Protocol.Requests;
using BostonInfo.Skill.Protocol.Responses;
using BostonInfo.Skill.Replies;
using BostonInfo.Skill.Routing;

namespace BostonInfo.Skill;

/// <summary>
/// The Lambda entry point. Handler string: <c>BostonInfo.Skill::BostonInfo.Skill.Function::Handle</c>.
/// The managed dotnet10 runtime builds one instance with the parameterless constructor and calls
/// <see cref="Handle"/> for every invocation with the Alexa request JSON, no AWS package needed
/// (see lambda-contract.md §4.2).
/// </summary>
/// <remarks>
/// Handle never throws: malformed input, a refused skill id and a failing handler all produce a response
/// Alexa can speak (or, for a refusal, an empty one), and a log line without personal data.
/// </remarks>
public sealed class Function
{
    private readonly SkillSettings _settings;
    private readonly TimeProvider _time;
    private readonly ISkillLog _log;
    private readonly RequestRouter _router;

    /// <summary>
    /// What Lambda calls: settings from the environment, the system clock, JSON lines on stdout. Without
    /// ALEXA_SKILL_ID it logs one warning, here at start-up rather than on every request.
    /// </summary>
    public Function()
        : this(Environment.GetEnvironmentVariable, new JsonLinesSkillLog(Console.Out))
    {
    }

    /// <summary>The production set-up over any environment and log (tests).</summary>
    internal Function(Func<string, string?> readVariable, ISkillLog log)
        : this(SkillSettings.FromEnvironment(readVariable), TimeProvider.System, log, CreateHttpHandler())
    {
        if (_settings.AlexaSkillId is null)
        {
            _log.Write(new LogEntry
            {
                Level = LogLevels.Warning,
                Event = LogEvents.SkillIdNotSet,
                Reason = $"{SkillSettings.AlexaSkillIdVariable} is not set, so requests from any skill are answered: " +
                    "set it to this skill's id (amzn1.ask.skill.…) in the function's environment",
            });
        }
    }

    /// <summary>Builds the function with explicit dependencies (tests, the local server).</summary>
    public Function(SkillSettings settings, TimeProvider time, ISkillLog log, HttpMessageHandler httpHandler)
        : this(settings, time, log, SkillRoutes.Build(new SkillServices(
            settings ?? throw new ArgumentNullException(nameof(settings)),
            time ?? throw new ArgumentNullException(nameof(time)),
            httpHandler ?? throw new ArgumentNullException(nameof(httpHandler)),
            log ?? throw new ArgumentNullException(nameof(log)))))
    {
    }

    internal Function(SkillSettings settings, TimeProvider time, ISkillLog log, RequestRouter router)
    {
        _settings = settings ?? throw new ArgumentNullException(nameof(settings));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _log = log ?? throw new ArgumentNullException(nameof(log));
        _router = router ?? throw new ArgumentNullException(nameof(router));
    }

    /// <summary>The Lambda handler: Alexa request JSON in, response JSON out.</summary>
    public async Task<Stream> Handle(Stream input)
    {
        var response = await RespondAsync(input, CancellationToken.None).ConfigureAwait(false);
        var output = new MemoryStream();
        await JsonSerializer.SerializeAsync(output, response, SkillJsonContext.Default.SkillResponse).ConfigureAwait(false);
        output.Position = 0;
        return output;
    }

    /// <summary>The same as <see cref="Handle"/>, returning the response object.</summary>
    public async Task<SkillResponse> RespondAsync(Stream input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var started = _time.GetTimestamp();

        var envelope = await ReadAsync(input, cancellationToken).ConfigureAwait(false);
        if (envelope?.Request is not { } request)
        {
            return FixedResponses.Malformed();
        }

        var intentName = (request as IntentRequest)?.Intent?.Name;
        if (RefusalReason(envelope) is { } reason)
        {
            _log.Write(new LogEntry
            {
                Level = LogLevels.Warning,
                Event = LogEvents.RequestRefused,
                RequestType = request.Type,
                Intent = intentName,
                Reason = reason,
            });
            return FixedResponses.Refused();
        }

        var handler = _router.Route(request);
        var handlerName = handler.GetType().Name;
        // Alexa gives up after about 8 seconds; past the deadline every city call is cancelled and the
        // handler answers with its apology while Alexa is still listening.
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(_settings.AnswerDeadline);
        try
        {
            var response = await handler.HandleAsync(new HandlerInput(envelope, request), deadline.Token).ConfigureAwait(false);
            _log.Write(new LogEntry
            {
                Event = LogEvents.RequestHandled,
                RequestType = request.Type,
                Intent = intentName,
                Handler = handlerName,
                DurationMs = ElapsedMilliseconds(started),
                Reason = (request as SessionEndedRequest)?.Reason,
                ErrorType = (request as SessionEndedRequest)?.Error?.Type,
            });
            return response;
        }
        catch (Exception exception)
        {
            // Not silent: logged with its type and a redacted message, and the user hears an apology
            // instead of Alexa's generic "there was a problem with the requested skill's response".
            _log.Write(new LogEntry
            {
                Level = LogLevels.Error,
                Event = LogEvents.HandlerFailed,
                RequestType = request.Type,
                Intent = intentName,
                Handler = handlerName,
                DurationMs = ElapsedMilliseconds(started),
                ErrorType = exception.GetType().FullName,
                Error = PersonalDataRedactor.For(envelope).Redact(exception.Message),
            });
            return FixedResponses.Apology();
        }
    }

    private async Task<SkillRequest?> ReadAsync(Stream input, CancellationToken cancellationToken)
    {
        try
        {
            var envelope = await JsonSerializer.DeserializeAsync(input, SkillJsonContext.Default.SkillRequest, cancellationToken)
                .ConfigureAwait(false);
            if (envelope?.Request is null)
            {
                LogMalformed(errorType: null, reason: "the JSON has no \"request\" object");
            }

            return envelope;
        }
        catch (JsonException exception)
        {
            // The message can quote the payload, so only the position is logged.
            LogMalformed(
                exception.GetType().FullName,
                $"invalid JSON at path {exception.Path ?? "$"}, line {exception.LineNumber}, byte {exception.BytePositionInLine}");
            return null;
        }
    }

    private void LogMalformed(string? errorType, string reason) =>
        _log.Write(new LogEntry
        {
            Level = LogLevels.Error,
            Event = LogEvents.MalformedRequest,
            ErrorType = errorType,
            Reason = reason,
        });

    /// <summary>
    /// With ALEXA_SKILL_ID set, every application id the request carries (session and context) must equal it,
    /// and at least one must be present. Returns why the request is refused, or null to serve it.
    /// </summary>
    private string? RefusalReason(SkillRequest envelope)
    {
        if (_settings.AlexaSkillId is not { } expected)
        {
            return null;
        }

        string?[] carried = [envelope.Session?.Application?.ApplicationId, envelope.Context?.System?.Application?.ApplicationId];
        var present = carried.Where(id => !string.IsNullOrEmpty(id)).ToList();
        if (present.Count == 0)
        {
            return "the request carries no application id";
        }

        return present.All(id => string.Equals(id, expected, StringComparison.Ordinal))
            ? null
            : "the request is for another application id";
    }

    private double ElapsedMilliseconds(long started) =>
        Math.Round(_time.GetElapsedTime(started).TotalMilliseconds, 1);

    private static SocketsHttpHandler CreateHttpHandler() => new()
    {
        // Alexa waits about 8 seconds for the whole answer; a city service that cannot connect in 3 is down.
        ConnectTimeout = TimeSpan.FromSeconds(3),
        // Warm Lambda containers live for hours: recycle pooled connections so DNS changes are seen.
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
    };
}
