using SkillRelease.Lambda.Model;

namespace SkillRelease.Lambda.Wire;

// The JSON bodies as Lambda reads them: the request records minus what travels in the path or the query.
// Null members are left out when written.

internal sealed record UpdateFunctionCodeBody(byte[] ZipFile, string? RevisionId, bool? Publish, IReadOnlyList<string>? Architectures);

internal sealed record UpdateFunctionConfigurationBody(string? Runtime, string? Handler, int? MemorySize, int? Timeout, FunctionEnvironment? Environment, string? RevisionId);

internal sealed record PublishVersionBody(string? CodeSha256, string? Description, string? RevisionId);

internal sealed record CreateAliasBody(string Name, string FunctionVersion, string? Description, AliasRoutingConfiguration? RoutingConfig);

internal sealed record UpdateAliasBody(string? FunctionVersion, string? Description, AliasRoutingConfiguration? RoutingConfig, string? RevisionId);

internal sealed record AddPermissionBody(string StatementId, string Action, string Principal, string? EventSourceToken, string? SourceArn, string? RevisionId);
