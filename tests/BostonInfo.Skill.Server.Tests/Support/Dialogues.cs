using System.Text.Json;

namespace BostonInfo.Skill.Server.Tests.Support;

/// <summary>What dialogues.js printed: each dialogue's turns by name (the names of conversations/dialogues.json).</summary>
internal sealed class Dialogues(JsonDocument document) : IDisposable
{
    public DialogueTurn Turn(string dialogue, int index = 0) => new(document.RootElement.GetProperty(dialogue)[index]);

    public int TurnCount(string dialogue) => document.RootElement.GetProperty(dialogue).GetArrayLength();

    public void Dispose() => document.Dispose();
}
