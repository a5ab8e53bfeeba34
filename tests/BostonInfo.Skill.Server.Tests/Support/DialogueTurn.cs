using System.Text.Json;

namespace BostonInfo.Skill.Server.Tests.Support;

/// <summary>One turn of a dialogue: what the skill answered, as virtual-alexa saw it.</summary>
internal sealed class DialogueTurn(JsonElement turn)
{
    public string? Intent => Text("intent");

    /// <summary>The plain-text speech, or the SSML document of SSML speech.</summary>
    public string? Speech => Text("speech");

    public string? CardText => Text("cardText");

    public string? CardType => Text("cardType");

    public string? CardTitle => Text("cardTitle");

    public string? Reprompt => Text("reprompt");

    /// <summary>"Dialog.ElicitSlot:Address", or null.</summary>
    public string? Directive => Text("directive");

    public bool? ShouldEndSession => turn.GetProperty("shouldEndSession").ValueKind == JsonValueKind.Null ? null : turn.GetProperty("shouldEndSession").GetBoolean();

    public IReadOnlyList<string> Permissions => turn.GetProperty("permissions").EnumerateArray().Select(scope => scope.GetString()!).ToList();

    private string? Text(string property) =>
        turn.GetProperty(property).ValueKind == JsonValueKind.Null ? null : turn.GetProperty(property).GetString();
}
