namespace BostonInfo.Skill.Protocol.Responses;

/// <summary>Asks the user, in the Alexa app, to grant the listed permission scopes.</summary>
public sealed class AskForPermissionsConsentCard : Card
{
    public IReadOnlyList<string> Permissions { get; init; } = [];
}
