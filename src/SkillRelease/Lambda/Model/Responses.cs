namespace SkillRelease.Lambda.Model;

// Response types named as in AWSSDK.Lambda; those that return a configuration are that configuration.

public sealed record UpdateFunctionCodeResponse : FunctionConfiguration;

public sealed record GetFunctionConfigurationResponse : FunctionConfiguration;

public sealed record UpdateFunctionConfigurationResponse : FunctionConfiguration;

public sealed record PublishVersionResponse : FunctionConfiguration;

public sealed record GetFunctionResponse
{
    public required FunctionConfiguration Configuration { get; init; }
    public IReadOnlyDictionary<string, string>? Tags { get; init; }
}

public sealed record ListVersionsByFunctionResponse
{
    public IReadOnlyList<FunctionConfiguration> Versions { get; init; } = [];
}

public sealed record CreateAliasResponse : AliasConfiguration;

public sealed record UpdateAliasResponse : AliasConfiguration;

public sealed record GetAliasResponse : AliasConfiguration;

public sealed record ListAliasesResponse
{
    public IReadOnlyList<AliasConfiguration> Aliases { get; init; } = [];
}

public sealed record DeleteAliasResponse;

public sealed record AddPermissionResponse
{
    /// <summary>The statement as Lambda stored it, a JSON string.</summary>
    public string Statement { get; init; } = "";
}

public sealed record GetPolicyResponse
{
    /// <summary>The resource policy, a JSON string; parse it with <see cref="PolicyDocument.Parse"/>.</summary>
    public string Policy { get; init; } = "";
    public string? RevisionId { get; init; }
}

public sealed record RemovePermissionResponse;
