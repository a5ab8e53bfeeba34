using System.Text.Json.Serialization;

namespace BostonInfo.Skill.Protocol.Responses;

/// <summary>An instruction to Alexa beyond speech. The skill uses the dialog directives.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ElicitSlotDirective), "Dialog.ElicitSlot")]
[JsonDerivedType(typeof(DelegateDirective), "Dialog.Delegate")]
public abstract class Directive
{
}
