using System.Text;
using System.Text.Json.Nodes;

namespace Benchmarks;

/// <summary>The Alexa requests the benchmark sends, in the documented envelope (session, context, request).</summary>
public static class BenchRequests
{
    public static byte[] Launch() => Envelope(new JsonObject { ["type"] = "LaunchRequest" });

    public static byte[] Intent(string name, IReadOnlyDictionary<string, string>? slots = null)
    {
        var slotObjects = new JsonObject();
        foreach (var (slot, value) in slots ?? new Dictionary<string, string>())
        {
            slotObjects[slot] = new JsonObject { ["name"] = slot, ["value"] = value, ["confirmationStatus"] = "NONE" };
        }

        return Envelope(new JsonObject
        {
            ["type"] = "IntentRequest",
            ["intent"] = new JsonObject { ["name"] = name, ["confirmationStatus"] = "NONE", ["slots"] = slotObjects },
        });
    }

    private static byte[] Envelope(JsonObject request)
    {
        const string skillId = "amzn1.ask.skill.00000000-0000-4000-8000-00000000bench";
        request["requestId"] = "amzn1.echo-api.request.bench";
        request["timestamp"] = "2026-11-25T12:00:00Z";
        request["locale"] = "en-US";
        var envelope = new JsonObject
        {
            ["version"] = "1.0",
            ["session"] = new JsonObject
            {
                ["new"] = true,
                ["sessionId"] = "amzn1.echo-api.session.bench",
                ["application"] = new JsonObject { ["applicationId"] = skillId },
                ["user"] = new JsonObject { ["userId"] = "amzn1.ask.account.BENCH" },
            },
            ["context"] = new JsonObject
            {
                ["System"] = new JsonObject
                {
                    ["application"] = new JsonObject { ["applicationId"] = skillId },
                    ["user"] = new JsonObject { ["userId"] = "amzn1.ask.account.BENCH" },
                    ["device"] = new JsonObject { ["deviceId"] = "amzn1.ask.device.BENCH", ["supportedInterfaces"] = new JsonObject() },
                    ["apiEndpoint"] = "https://api.amazonalexa.com",
                },
            },
            ["request"] = request,
        };
        return Encoding.UTF8.GetBytes(envelope.ToJsonString());
    }
}
