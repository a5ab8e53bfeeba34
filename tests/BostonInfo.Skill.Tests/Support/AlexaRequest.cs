using System.Text.Json.Nodes;

namespace BostonInfo.Skill.Tests.Support;

/// <summary>
/// Builds Alexa request JSON in the documented shape, so tests say only what matters to them.
/// </summary>
internal sealed class AlexaRequest
{
    public const string SkillId = "amzn1.ask.skill.11111111-2222-3333-4444-555555555555";

    private readonly JsonObject _request;
    private readonly JsonObject _session;
    private readonly JsonObject _system;
    private readonly JsonObject _context;
    private bool _withSession = true;

    private AlexaRequest(string type)
    {
        _request = new JsonObject
        {
            ["type"] = type,
            ["requestId"] = "amzn1.echo-api.request.test",
            ["timestamp"] = "2026-01-15T14:00:00Z",
            ["locale"] = "en-US",
        };
        _session = new JsonObject
        {
            ["new"] = false,
            ["sessionId"] = "amzn1.echo-api.session.test",
            ["application"] = new JsonObject { ["applicationId"] = SkillId },
            ["attributes"] = new JsonObject(),
            ["user"] = new JsonObject { ["userId"] = "amzn1.ask.account.TESTUSER" },
        };
        _system = new JsonObject
        {
            ["application"] = new JsonObject { ["applicationId"] = SkillId },
            ["user"] = new JsonObject { ["userId"] = "amzn1.ask.account.TESTUSER" },
            ["device"] = new JsonObject
            {
                ["deviceId"] = "amzn1.ask.device.TESTDEVICE",
                ["supportedInterfaces"] = new JsonObject(),
            },
            ["apiEndpoint"] = "https://api.amazonalexa.com",
            ["apiAccessToken"] = "test-api-access-token",
        };
        _context = new JsonObject { ["System"] = _system };
    }

    public static AlexaRequest Launch() => new("LaunchRequest");

    public static AlexaRequest Intent(string name)
    {
        var request = new AlexaRequest("IntentRequest");
        request._request["intent"] = new JsonObject
        {
            ["name"] = name,
            ["confirmationStatus"] = "NONE",
            ["slots"] = new JsonObject(),
        };
        return request;
    }

    public static AlexaRequest SessionEnded(string reason)
    {
        var request = new AlexaRequest("SessionEndedRequest");
        request._request["reason"] = reason;
        return request;
    }

    public static AlexaRequest OfType(string type) => new(type);

    public AlexaRequest WithSlot(string name, string value)
    {
        _request["intent"]!["slots"]![name] = new JsonObject
        {
            ["name"] = name,
            ["value"] = value,
            ["confirmationStatus"] = "NONE",
        };
        return this;
    }

    /// <summary>A slot whose spoken value entity resolution matched to a canonical value of a custom type.</summary>
    public AlexaRequest WithResolvedSlot(string name, string spoken, string canonical)
    {
        WithSlot(name, spoken);
        _request["intent"]!["slots"]![name]!["resolutions"] = new JsonObject
        {
            ["resolutionsPerAuthority"] = new JsonArray(new JsonObject
            {
                ["authority"] = $"amzn1.er-authority.echo-sdk.{SkillId}.Custom",
                ["status"] = new JsonObject { ["code"] = "ER_SUCCESS_MATCH" },
                ["values"] = new JsonArray(new JsonObject { ["value"] = new JsonObject { ["name"] = canonical, ["id"] = "ID" } }),
            }),
        };
        return this;
    }

    public AlexaRequest WithSessionApplicationId(string applicationId)
    {
        _session["application"] = new JsonObject { ["applicationId"] = applicationId };
        return this;
    }

    public AlexaRequest WithContextApplicationId(string applicationId)
    {
        _system["application"] = new JsonObject { ["applicationId"] = applicationId };
        return this;
    }

    public AlexaRequest WithoutSession()
    {
        _withSession = false;
        return this;
    }

    public AlexaRequest WithSessionAttribute(string name, JsonNode value)
    {
        _session["attributes"]![name] = value;
        return this;
    }

    public AlexaRequest WithApiAccessToken(string token)
    {
        _system["apiAccessToken"] = token;
        return this;
    }

    public AlexaRequest WithApiEndpoint(Uri endpoint)
    {
        _system["apiEndpoint"] = endpoint.ToString().TrimEnd('/');
        return this;
    }

    /// <summary>A device that can share its position (a phone, a car) but did not send one.</summary>
    public AlexaRequest WithGeolocationSupportOnly()
    {
        _system["device"]!["supportedInterfaces"]!["Geolocation"] = new JsonObject();
        return this;
    }

    public AlexaRequest WithLinkedAccountToken(string token)
    {
        _system["user"]!["accessToken"] = token;
        _session["user"]!["accessToken"] = token;
        return this;
    }

    public AlexaRequest WithGeolocation(double latitude, double longitude)
    {
        _system["device"]!["supportedInterfaces"]!["Geolocation"] = new JsonObject();
        _context["Geolocation"] = new JsonObject
        {
            ["timestamp"] = "2026-01-15T14:00:00Z",
            ["coordinate"] = new JsonObject
            {
                ["latitudeInDegrees"] = latitude,
                ["longitudeInDegrees"] = longitude,
                ["accuracyInMeters"] = 10,
            },
        };
        return this;
    }

    public string ToJson()
    {
        var root = new JsonObject { ["version"] = "1.0" };
        if (_withSession)
        {
            root["session"] = _session.DeepClone();
        }

        root["context"] = _context.DeepClone();
        root["request"] = _request.DeepClone();
        return root.ToJsonString();
    }

    public override string ToString() => ToJson();
}
