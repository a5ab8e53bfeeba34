namespace SkillRelease.Lambda.Model;

// One small record per operation, named as in AWSSDK.Lambda. Null members are left out of the request.

public sealed record UpdateFunctionCodeRequest
{
    public required string FunctionName { get; init; }
    /// <summary>The zip bytes (sent base64 in the JSON body).</summary>
    public required byte[] ZipFile { get; init; }
    public string? RevisionId { get; init; }
    public bool? Publish { get; init; }
    /// <summary><c>x86_64</c> or <c>arm64</c>: UpdateFunctionConfiguration cannot change the architecture, only a code upload can.</summary>
    public IReadOnlyList<string>? Architectures { get; init; }
}

/// <summary>Null members are left as they are; <see cref="Environment"/> replaces every variable at once.</summary>
public sealed record UpdateFunctionConfigurationRequest
{
    public required string FunctionName { get; init; }
    public string? Runtime { get; init; }
    public string? Handler { get; init; }
    public int? MemorySize { get; init; }
    /// <summary>Seconds.</summary>
    public int? Timeout { get; init; }
    public FunctionEnvironment? Environment { get; init; }
    /// <summary>$LATEST's RevisionId (from GetFunction): the update is refused (412) if the function changed since.</summary>
    public string? RevisionId { get; init; }
}

public sealed record GetFunctionRequest
{
    public required string FunctionName { get; init; }
    public string? Qualifier { get; init; }
}

public sealed record GetFunctionConfigurationRequest
{
    public required string FunctionName { get; init; }
    public string? Qualifier { get; init; }
}

public sealed record PublishVersionRequest
{
    public required string FunctionName { get; init; }
    /// <summary>Publish only if <c>$LATEST</c> has this hash (else 412).</summary>
    public string? CodeSha256 { get; init; }
    public string? Description { get; init; }
    public string? RevisionId { get; init; }
}

public sealed record ListVersionsByFunctionRequest
{
    public required string FunctionName { get; init; }
}

public sealed record CreateAliasRequest
{
    public required string FunctionName { get; init; }
    public required string Name { get; init; }
    public required string FunctionVersion { get; init; }
    public string? Description { get; init; }
    public AliasRoutingConfiguration? RoutingConfig { get; init; }
}

public sealed record UpdateAliasRequest
{
    public required string FunctionName { get; init; }
    public required string Name { get; init; }
    public string? FunctionVersion { get; init; }
    public string? Description { get; init; }
    /// <summary>An empty weights map ends a canary.</summary>
    public AliasRoutingConfiguration? RoutingConfig { get; init; }
    public string? RevisionId { get; init; }
}

public sealed record GetAliasRequest
{
    public required string FunctionName { get; init; }
    public required string Name { get; init; }
}

public sealed record ListAliasesRequest
{
    public required string FunctionName { get; init; }
    public string? FunctionVersion { get; init; }
}

public sealed record DeleteAliasRequest
{
    public required string FunctionName { get; init; }
    public required string Name { get; init; }
}

public sealed record AddPermissionRequest
{
    public required string FunctionName { get; init; }
    public string? Qualifier { get; init; }
    public required string StatementId { get; init; }
    public required string Action { get; init; }
    public required string Principal { get; init; }
    public string? EventSourceToken { get; init; }
    public string? SourceArn { get; init; }
    /// <summary>The policy's RevisionId (from GetPolicy).</summary>
    public string? RevisionId { get; init; }
}

public sealed record GetPolicyRequest
{
    public required string FunctionName { get; init; }
    public string? Qualifier { get; init; }
}

public sealed record RemovePermissionRequest
{
    public required string FunctionName { get; init; }
    public string? Qualifier { get; init; }
    public required string StatementId { get; init; }
    public string? RevisionId { get; init; }
}
