using SkillRelease.Lambda.Model;

namespace SkillRelease.Lambda;

/// <summary>
/// The Lambda control-plane calls the release pipeline makes, named as in <c>IAmazonLambda</c> (AWSSDK.Lambda is
/// not obtainable here). Contract: https://docs.aws.amazon.com/lambda/latest/api/API_Operations.html and
/// shared/reference/lambda-contract.md. Every method throws <see cref="LambdaException"/> with the service's
/// error type and words; transient failures are retried inside, preconditions (412) and conflicts (409) never
/// are (<see cref="SkillRelease.Http.RetryRules"/>).
/// </summary>
public interface ILambdaClient
{
    /// <summary>PUT /2015-03-31/functions/{FunctionName}/code — https://docs.aws.amazon.com/lambda/latest/api/API_UpdateFunctionCode.html</summary>
    Task<UpdateFunctionCodeResponse> UpdateFunctionCodeAsync(UpdateFunctionCodeRequest request, CancellationToken cancellationToken);

    /// <summary>GET /2015-03-31/functions/{FunctionName} — https://docs.aws.amazon.com/lambda/latest/api/API_GetFunction.html</summary>
    Task<GetFunctionResponse> GetFunctionAsync(GetFunctionRequest request, CancellationToken cancellationToken);

    /// <summary>GET /2015-03-31/functions/{FunctionName}/configuration — https://docs.aws.amazon.com/lambda/latest/api/API_GetFunctionConfiguration.html</summary>
    Task<GetFunctionConfigurationResponse> GetFunctionConfigurationAsync(GetFunctionConfigurationRequest request, CancellationToken cancellationToken);

    /// <summary>PUT /2015-03-31/functions/{FunctionName}/configuration — https://docs.aws.amazon.com/lambda/latest/api/API_UpdateFunctionConfiguration.html</summary>
    /// <remarks>Only <c>$LATEST</c> can be configured; it goes <c>InProgress</c> like after a code upload.</remarks>
    Task<UpdateFunctionConfigurationResponse> UpdateFunctionConfigurationAsync(UpdateFunctionConfigurationRequest request, CancellationToken cancellationToken);

    /// <summary>POST /2015-03-31/functions/{FunctionName}/versions — https://docs.aws.amazon.com/lambda/latest/api/API_PublishVersion.html</summary>
    Task<PublishVersionResponse> PublishVersionAsync(PublishVersionRequest request, CancellationToken cancellationToken);

    /// <summary>GET /2015-03-31/functions/{FunctionName}/versions, every page followed — https://docs.aws.amazon.com/lambda/latest/api/API_ListVersionsByFunction.html</summary>
    Task<ListVersionsByFunctionResponse> ListVersionsByFunctionAsync(ListVersionsByFunctionRequest request, CancellationToken cancellationToken);

    /// <summary>POST /2015-03-31/functions/{FunctionName}/aliases — https://docs.aws.amazon.com/lambda/latest/api/API_CreateAlias.html</summary>
    Task<CreateAliasResponse> CreateAliasAsync(CreateAliasRequest request, CancellationToken cancellationToken);

    /// <summary>PUT /2015-03-31/functions/{FunctionName}/aliases/{Name} — https://docs.aws.amazon.com/lambda/latest/api/API_UpdateAlias.html</summary>
    Task<UpdateAliasResponse> UpdateAliasAsync(UpdateAliasRequest request, CancellationToken cancellationToken);

    /// <summary>GET /2015-03-31/functions/{FunctionName}/aliases/{Name} — https://docs.aws.amazon.com/lambda/latest/api/API_GetAlias.html</summary>
    Task<GetAliasResponse> GetAliasAsync(GetAliasRequest request, CancellationToken cancellationToken);

    /// <summary>GET /2015-03-31/functions/{FunctionName}/aliases, every page followed — https://docs.aws.amazon.com/lambda/latest/api/API_ListAliases.html</summary>
    Task<ListAliasesResponse> ListAliasesAsync(ListAliasesRequest request, CancellationToken cancellationToken);

    /// <summary>DELETE /2015-03-31/functions/{FunctionName}/aliases/{Name} — https://docs.aws.amazon.com/lambda/latest/api/API_DeleteAlias.html</summary>
    Task<DeleteAliasResponse> DeleteAliasAsync(DeleteAliasRequest request, CancellationToken cancellationToken);

    /// <summary>POST /2015-03-31/functions/{FunctionName}/policy — https://docs.aws.amazon.com/lambda/latest/api/API_AddPermission.html</summary>
    Task<AddPermissionResponse> AddPermissionAsync(AddPermissionRequest request, CancellationToken cancellationToken);

    /// <summary>GET /2015-03-31/functions/{FunctionName}/policy — https://docs.aws.amazon.com/lambda/latest/api/API_GetPolicy.html</summary>
    Task<GetPolicyResponse> GetPolicyAsync(GetPolicyRequest request, CancellationToken cancellationToken);

    /// <summary>DELETE /2015-03-31/functions/{FunctionName}/policy/{StatementId} — https://docs.aws.amazon.com/lambda/latest/api/API_RemovePermission.html</summary>
    Task<RemovePermissionResponse> RemovePermissionAsync(RemovePermissionRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// Polls GetFunction until <c>LastUpdateStatus</c> is <c>Successful</c> (the <c>function-updated-v2</c> waiter),
    /// bounded; throws <see cref="LambdaException"/> when it turns <c>Failed</c> and <see cref="TimeoutException"/>
    /// when the bound is reached.
    /// </summary>
    Task<FunctionConfiguration> WaitUntilFunctionUpdatedAsync(string functionName, CancellationToken cancellationToken);
}
