using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using SkillRelease.Http;
using SkillRelease.Lambda.Model;
using SkillRelease.Lambda.Wire;

namespace SkillRelease.Lambda;

/// <summary>
/// The Lambda control plane over REST+JSON, SigV4-signed (lambda-contract.md). The handler chain is
/// logging → retries (<see cref="SkillRelease.Http.RetryRules"/>) → signing → transport, so every retry is signed afresh.
/// </summary>
public sealed class LambdaClient : ILambdaClient, IDisposable
{
    private static readonly JsonSerializerOptions Json = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        PropertyNameCaseInsensitive = true,
    };

    private readonly LambdaClientOptions _options;
    private readonly HttpClient _http;

    public LambdaClient(LambdaClientOptions options)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        // The redactor learns the secret key and session token before any request is signed.
        _http = new HttpClient(options.SignedPipeline(LambdaWire.SigningService))
        {
            BaseAddress = options.Endpoint,
            // The attempts and the whole call have their own timeouts inside (RetryRules).
            Timeout = Timeout.InfiniteTimeSpan,
        };
    }

    /// <remarks>
    /// A 409 "An update is in progress" is returned as a <see cref="LambdaException"/>, not retried here: the caller
    /// knows an update is running and waits for it with <see cref="WaitUntilFunctionUpdatedAsync"/>, which is cheaper
    /// and clearer than blind retries, and a 409 for a duplicate alias or statement must never be retried at all.
    /// </remarks>
    public async Task<UpdateFunctionCodeResponse> UpdateFunctionCodeAsync(UpdateFunctionCodeRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = new UpdateFunctionCodeBody(request.ZipFile, request.RevisionId, request.Publish, request.Architectures);
        return await SendAsync<UpdateFunctionCodeResponse>(HttpMethod.Put, Path(request.FunctionName, "/code"), body, cancellationToken).ConfigureAwait(false);
    }

    public Task<GetFunctionResponse> GetFunctionAsync(GetFunctionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SendAsync<GetFunctionResponse>(HttpMethod.Get, Path(request.FunctionName, "", (LambdaWire.QualifierQuery, request.Qualifier)), null, cancellationToken);
    }

    public Task<GetFunctionConfigurationResponse> GetFunctionConfigurationAsync(GetFunctionConfigurationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SendAsync<GetFunctionConfigurationResponse>(HttpMethod.Get, Path(request.FunctionName, "/configuration", (LambdaWire.QualifierQuery, request.Qualifier)), null, cancellationToken);
    }

    /// <remarks>Like UpdateFunctionCode, a 409 while an update is in progress is the caller's to wait out.</remarks>
    public Task<UpdateFunctionConfigurationResponse> UpdateFunctionConfigurationAsync(UpdateFunctionConfigurationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = new UpdateFunctionConfigurationBody(request.Runtime, request.Handler, request.MemorySize, request.Timeout, request.Environment, request.RevisionId);
        return SendAsync<UpdateFunctionConfigurationResponse>(HttpMethod.Put, Path(request.FunctionName, "/configuration"), body, cancellationToken);
    }

    /// <remarks>Like UpdateFunctionCode, a 409 while an update is in progress is the caller's to wait out.</remarks>
    public Task<PublishVersionResponse> PublishVersionAsync(PublishVersionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = new PublishVersionBody(request.CodeSha256, request.Description, request.RevisionId);
        return SendAsync<PublishVersionResponse>(HttpMethod.Post, Path(request.FunctionName, "/versions"), body, cancellationToken);
    }

    public async Task<ListVersionsByFunctionResponse> ListVersionsByFunctionAsync(ListVersionsByFunctionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var versions = new List<FunctionConfiguration>();
        string? marker = null;
        do
        {
            var page = await SendAsync<VersionsPage>(HttpMethod.Get, Path(request.FunctionName, "/versions", (LambdaWire.MarkerQuery, marker)), null, cancellationToken).ConfigureAwait(false);
            versions.AddRange(page.Versions ?? []);
            marker = page.NextMarker;
        }
        while (!string.IsNullOrEmpty(marker));

        return new ListVersionsByFunctionResponse { Versions = versions };
    }

    public Task<CreateAliasResponse> CreateAliasAsync(CreateAliasRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = new CreateAliasBody(request.Name, request.FunctionVersion, request.Description, request.RoutingConfig);
        return SendAsync<CreateAliasResponse>(HttpMethod.Post, Path(request.FunctionName, "/aliases"), body, cancellationToken);
    }

    public Task<UpdateAliasResponse> UpdateAliasAsync(UpdateAliasRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = new UpdateAliasBody(request.FunctionVersion, request.Description, request.RoutingConfig, request.RevisionId);
        return SendAsync<UpdateAliasResponse>(HttpMethod.Put, AliasPath(request.FunctionName, request.Name), body, cancellationToken);
    }

    public Task<GetAliasResponse> GetAliasAsync(GetAliasRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SendAsync<GetAliasResponse>(HttpMethod.Get, AliasPath(request.FunctionName, request.Name), null, cancellationToken);
    }

    public async Task<ListAliasesResponse> ListAliasesAsync(ListAliasesRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var aliases = new List<AliasConfiguration>();
        string? marker = null;
        do
        {
            var path = Path(request.FunctionName, "/aliases", (LambdaWire.FunctionVersionQuery, request.FunctionVersion), (LambdaWire.MarkerQuery, marker));
            var page = await SendAsync<AliasesPage>(HttpMethod.Get, path, null, cancellationToken).ConfigureAwait(false);
            aliases.AddRange(page.Aliases ?? []);
            marker = page.NextMarker;
        }
        while (!string.IsNullOrEmpty(marker));

        return new ListAliasesResponse { Aliases = aliases };
    }

    public async Task<DeleteAliasResponse> DeleteAliasAsync(DeleteAliasRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await SendAsync(HttpMethod.Delete, AliasPath(request.FunctionName, request.Name), null, cancellationToken).ConfigureAwait(false);
        return new DeleteAliasResponse();
    }

    public Task<AddPermissionResponse> AddPermissionAsync(AddPermissionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = new AddPermissionBody(request.StatementId, request.Action, request.Principal, request.EventSourceToken, request.SourceArn, request.RevisionId);
        return SendAsync<AddPermissionResponse>(HttpMethod.Post, Path(request.FunctionName, "/policy", (LambdaWire.QualifierQuery, request.Qualifier)), body, cancellationToken);
    }

    public Task<GetPolicyResponse> GetPolicyAsync(GetPolicyRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SendAsync<GetPolicyResponse>(HttpMethod.Get, Path(request.FunctionName, "/policy", (LambdaWire.QualifierQuery, request.Qualifier)), null, cancellationToken);
    }

    public async Task<RemovePermissionResponse> RemovePermissionAsync(RemovePermissionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.StatementId);
        // The policy's RevisionId travels in the query here, not in a body.
        var path = Path(request.FunctionName, "/policy/" + Uri.EscapeDataString(request.StatementId),
            (LambdaWire.QualifierQuery, request.Qualifier), (LambdaWire.RevisionIdQuery, request.RevisionId));
        await SendAsync(HttpMethod.Delete, path, null, cancellationToken).ConfigureAwait(false);
        return new RemovePermissionResponse();
    }

    public async Task<FunctionConfiguration> WaitUntilFunctionUpdatedAsync(string functionName, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(functionName);
        string? status = null;
        for (var attempt = 1; attempt <= _options.WaiterMaxAttempts; attempt++)
        {
            var configuration = (await GetFunctionAsync(new GetFunctionRequest { FunctionName = functionName }, cancellationToken).ConfigureAwait(false)).Configuration;
            status = configuration.LastUpdateStatus;
            switch (status)
            {
                case LastUpdateStatuses.Successful:
                    return configuration;
                case LastUpdateStatuses.Failed:
                    throw new LambdaException(
                        configuration.LastUpdateStatusReasonCode ?? LambdaErrorTypes.FunctionUpdateFailed,
                        configuration.LastUpdateStatusReason ?? $"The last update of {functionName} failed.",
                        HttpStatusCode.OK,
                        requestId: null);
            }

            // InProgress, or no status yet: botocore's waiter keeps polling when no acceptor matches.
            if (attempt < _options.WaiterMaxAttempts)
            {
                await Task.Delay(_options.WaiterInterval, _options.Time, cancellationToken).ConfigureAwait(false);
            }
        }

        throw new TimeoutException(
            $"{functionName} was still {status ?? "without a LastUpdateStatus"} after {_options.WaiterMaxAttempts} checks {_options.WaiterInterval.TotalSeconds:0.###} s apart.");
    }

    public void Dispose() => _http.Dispose();

    private static string Path(string functionName, string suffix, params (string Name, string? Value)[] query)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(functionName);
        var pairs = query.Where(q => !string.IsNullOrEmpty(q.Value)).Select(q => $"{q.Name}={Uri.EscapeDataString(q.Value!)}").ToList();
        return LambdaWire.FunctionPath(functionName) + suffix + (pairs.Count == 0 ? "" : "?" + string.Join('&', pairs));
    }

    private static string AliasPath(string functionName, string aliasName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(aliasName);
        return Path(functionName, "/aliases/" + Uri.EscapeDataString(aliasName));
    }

    private async Task<T> SendAsync<T>(HttpMethod method, string path, object? body, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(method, path, body, cancellationToken).ConfigureAwait(false);
        return await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken).ConfigureAwait(false)
            ?? throw new LambdaException(LambdaErrorTypes.Service, $"{method} {path} answered {(int)response.StatusCode} with an empty body.", response.StatusCode, null);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (body is not null)
        {
            // Serialized up front so the body goes with a Content-Length (which SigV4 signs), never chunked.
            request.Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, body.GetType(), Json));
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        var response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            throw await LambdaErrorReader.ReadAsync(response, cancellationToken).ConfigureAwait(false);
        }
    }
}
