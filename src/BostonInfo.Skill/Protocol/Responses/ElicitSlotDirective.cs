using BostonInfo.Skill.Protocol.Requests;

namespace BostonInfo.Skill.Protocol.Responses;

/// <summary>
/// Dialog.ElicitSlot: the skill's own outputSpeech asks for one slot, and Alexa sends the same intent back with it.
/// See https://developer.amazon.com/en-US/docs/alexa/custom-skills/dialog-interface-reference.html#elicitslot
/// </summary>
public sealed class ElicitSlotDirective : Directive
{
    public string SlotToElicit { get; init; } = "";

    public Intent? UpdatedIntent { get; init; }
}
