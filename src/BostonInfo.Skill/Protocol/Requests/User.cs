namespace BostonInfo.Skill.Protocol.Requests;

/// <summary>The Amazon account talking to the skill. Never log any of it.</summary>
public sealed class User
{
    public string? UserId { get; init; }

    /// <summary>Account-linking token, when the skill uses account linking.</summary>
    public string? AccessToken { get; init; }

    public Permissions? Permissions { get; init; }
}
