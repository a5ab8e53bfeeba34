using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SkillRelease.Simulator.Faults;
using SkillRelease.Simulator.Lambda;
using SkillRelease.Simulator.Lwa;
using SkillRelease.Smapi;

namespace SkillRelease.Simulator.Smapi;

/// <summary>
/// The Skill Management API for one skill (smapi-contract.md), present from the start or, in a simulator that
/// starts empty, once CreateSkill made it: manifests and models per stage with ETags,
/// asynchronous updates, validations, certification with a locked development stage, publishing, summaries.
/// Every call needs an access token LWA issued; every answer carries <c>x-amzn-requestid</c>.
/// </summary>
public sealed class SmapiService(SimulatorOptions options, LwaService lwa, ILambdaEndpointCheck lambda) : ISimulatedService
{
    private readonly object _gate = new();
    private readonly SimulatedSkill _skill = new(options, lambda);
    private bool _created = !options.Empty;

    public string Name => "smapi";

    public ErrorWriter WriteError => static (context, status, code, message) =>
    {
        context.Response.Headers[SmapiWire.RequestIdHeader] = Guid.NewGuid().ToString();
        return new SmapiError(status, message, code: code).ExecuteAsync(context);
    };

    internal SimulatorOptions Options => options;

    public void Map(IEndpointRouteBuilder routes)
    {
        var v1 = routes.MapGroup("/v1");
        v1.AddEndpointFilter(AuthorizeAsync);
        ManifestEndpoints.Map(v1, this);
        InteractionModelEndpoints.Map(v1, this);
        StatusEndpoints.Map(v1, this);
        ValidationEndpoints.Map(v1, this);
        CertificationEndpoints.Map(v1, this);
        PublicationEndpoints.Map(v1, this);
        SkillListEndpoints.Map(v1, this);
        SkillCreationEndpoints.Map(v1, this);
        SkillVersionEndpoints.Map(v1, this);
    }

    /// <summary>Reads the skill's state under the lock (for tests: the returned objects must not be kept across calls).</summary>
    public T Inspect<T>(Func<SimulatedSkill, T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        lock (_gate)
        {
            _skill.Advance(options.Time.GetUtcNow());
            return read(_skill);
        }
    }

    /// <summary>Ends the certification in progress, as Amazon's reviewers would.</summary>
    public void CompleteCertification(CertificationOutcome outcome, string? feedback = null)
    {
        lock (_gate)
        {
            var now = options.Time.GetUtcNow();
            _skill.Advance(now);
            _skill.Complete(outcome, feedback, now);
        }
    }

    /// <summary>Runs <paramref name="action"/> on the skill named in the path, under the lock, after time-driven transitions.</summary>
    internal IResult Run(string skillId, Func<SimulatedSkill, DateTimeOffset, IResult> action)
    {
        lock (_gate)
        {
            if (skillId != options.SkillId || !_created)
            {
                throw SmapiError.NotFound($"Skill {skillId} does not exist or you do not have access to it.");
            }

            var now = options.Time.GetUtcNow();
            _skill.Advance(now);
            return action(_skill, now);
        }
    }

    /// <summary>False until CreateSkill in a simulator that started empty.</summary>
    internal bool SkillExists
    {
        get
        {
            lock (_gate)
            {
                return _created;
            }
        }
    }

    /// <summary>CreateSkill: the simulator's one skill slot (<see cref="SimulatorOptions.SkillId"/>) is filled with <paramref name="manifest"/>.</summary>
    internal void CreateSkill(JsonObject? manifest)
    {
        lock (_gate)
        {
            if (_created)
            {
                // One skill per simulator: stricter than SMAPI, which would make a second skill.
                throw SmapiError.BadRequest($"This simulator holds one skill, {options.SkillId}, and it exists already.", [new Violation("INVALID_REQUEST", "one skill per simulator")]);
            }

            _skill.Create(manifest, options.Time.GetUtcNow());
            _created = true;
        }
    }

    internal static async Task<JsonObject?> ReadBodyAsync(HttpRequest request)
    {
        if (request.ContentLength == 0)
        {
            return null;
        }

        try
        {
            using var reader = new StreamReader(request.Body);
            var text = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
            return string.IsNullOrWhiteSpace(text) ? null : JsonNode.Parse(text) as JsonObject
                ?? throw SmapiError.BadRequest("The body is not a JSON object.", [new Violation("CONTENT_PARSE_FAILURE", "The body is not a JSON object.")]);
        }
        catch (JsonException exception)
        {
            throw SmapiError.BadRequest("The body is not valid JSON.", [new Violation("CONTENT_PARSE_FAILURE", exception.Message)]);
        }
    }

    /// <summary>Adds the request id, refuses calls without a live access token (with or without "Bearer "), and
    /// turns a thrown <see cref="SmapiError"/> into its answer.</summary>
    private async ValueTask<object?> AuthorizeAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var context = invocation.HttpContext;
        context.Response.Headers[SmapiWire.RequestIdHeader] = Guid.NewGuid().ToString();
        var authorization = context.Request.Headers.Authorization.ToString();
        var token = authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? authorization["Bearer ".Length..].Trim() : authorization.Trim();
        if (!lwa.IsValid(token))
        {
            context.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
            return SmapiError.Unauthorized();
        }

        try
        {
            return await next(invocation);
        }
        catch (SmapiError error)
        {
            return error;
        }
    }
}
