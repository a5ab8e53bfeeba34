namespace BostonInfo.Skill.Protocol.Requests;

/// <summary>The wrapper Alexa puts around each resolved value: values[].value.</summary>
public sealed class ResolvedValueItem
{
    public ResolvedValue? Value { get; init; }
}
