using System.Text.Json;

namespace SkillRelease.Lambda.Model;

/// <summary>Reads the statements out of the policy string GetPolicy returns.</summary>
public static class PolicyDocument
{
    public static IReadOnlyList<PolicyStatement> Parse(string? policy)
    {
        if (string.IsNullOrWhiteSpace(policy))
        {
            return [];
        }

        using var document = JsonDocument.Parse(policy);
        if (!document.RootElement.TryGetProperty("Statement", out var statements) || statements.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        return statements.EnumerateArray().Select(Statement).ToList();
    }

    private static PolicyStatement Statement(JsonElement statement) => new(
        Sid: Text(statement, "Sid") ?? "",
        PrincipalService: statement.TryGetProperty("Principal", out var principal)
            ? principal.ValueKind == JsonValueKind.String ? principal.GetString() : Text(principal, "Service")
            : null,
        Action: Text(statement, "Action"),
        Resource: Text(statement, "Resource"),
        EventSourceToken: statement.TryGetProperty("Condition", out var condition)
            && condition.TryGetProperty("StringEquals", out var equals)
            ? Text(equals, LambdaWire.EventSourceTokenCondition)
            : null);

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
