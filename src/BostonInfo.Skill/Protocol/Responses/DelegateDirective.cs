using BostonInfo.Skill.Protocol.Requests;

namespace BostonInfo.Skill.Protocol.Responses;

/// <summary>
/// Dialog.Delegate: Alexa asks for the next required slot with the dialog model's prompt.
/// See https://developer.amazon.com/en-US/docs/alexa/custom-skills/dialog-interface-reference.html#delegate
/// </summary>
public sealed class DelegateDirective : Directive
{
    public Intent? UpdatedIntent { get; init; }
}
