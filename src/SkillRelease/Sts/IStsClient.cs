namespace SkillRelease.Sts;

/// <summary>The AWS Security Token Service, as far as doctor needs it: whose credentials these are.</summary>
public interface IStsClient
{
    /// <summary>Who the credentials in use belong to; throws <see cref="StsException"/> when AWS refuses them.</summary>
    /// <remarks>https://docs.aws.amazon.com/STS/latest/APIReference/API_GetCallerIdentity.html</remarks>
    Task<CallerIdentity> GetCallerIdentityAsync(CancellationToken cancellationToken = default);
}
