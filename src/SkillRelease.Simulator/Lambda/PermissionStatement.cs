using System.Text.Json.Nodes;
using SkillRelease.Lambda;

namespace SkillRelease.Simulator.Lambda;

/// <summary>One resource-policy statement, as AddPermission stores it.</summary>
public sealed record PermissionStatement(string Sid, string Principal, string Action, string Resource, string? EventSourceToken, string? SourceArn)
{
    /// <summary>Lambda's stored form: service principals under <c>Service</c>, accounts and ARNs under <c>AWS</c>;
    /// the skill id becomes a <c>lambda:EventSourceToken</c> condition.</summary>
    public JsonObject ToJson()
    {
        var statement = new JsonObject
        {
            ["Sid"] = Sid,
            ["Effect"] = "Allow",
            ["Principal"] = new JsonObject { [Principal.Contains('.') ? "Service" : "AWS"] = Principal },
            ["Action"] = Action,
            ["Resource"] = Resource,
        };
        var condition = new JsonObject();
        if (EventSourceToken is not null)
        {
            condition["StringEquals"] = new JsonObject { [LambdaWire.EventSourceTokenCondition] = EventSourceToken };
        }

        if (SourceArn is not null)
        {
            condition["ArnLike"] = new JsonObject { ["AWS:SourceArn"] = SourceArn };
        }

        if (condition.Count > 0)
        {
            statement["Condition"] = condition;
        }

        return statement;
    }
}
