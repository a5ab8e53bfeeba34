using System.Xml.Linq;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using SkillRelease.Simulator.Faults;
using SkillRelease.Simulator.Lambda;
using SkillRelease.Sts;

namespace SkillRelease.Simulator.Sts;

/// <summary>
/// STS's GetCallerIdentity over the Query protocol (<see cref="StsWire"/>) at POST / with a form body, beside
/// CloudWatch's JSON at the same path (routed by content type). The simulator's one key pair belongs to an IAM user
/// of <see cref="SimulatorOptions.AccountId"/>; any other key, or a bad signature, is refused with STS's 403 codes.
/// </summary>
public sealed class StsService : ISimulatedService
{
    /// <summary>The IAM user the simulator's key pair belongs to.</summary>
    public const string UserName = "boston-info-maintainer";

    /// <summary>The user's unique id (what <c>aws:userid</c> is for an IAM user).</summary>
    public const string UserId = "AIDASIMULATOR0000USER";

    private static readonly XNamespace Ns = StsWire.XmlNamespace;
    private readonly SimulatorOptions _options;
    private readonly SigV4Verifier _verifier;

    public StsService(SimulatorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _verifier = new SigV4Verifier(options.AccessKeyId, options.SecretAccessKey.Reveal(), options.Region, StsWire.SigningService);
    }

    public string Name => "sts";

    public ErrorWriter WriteError => static (context, status, code, message) => WriteErrorAsync(context, status, code, message);

    public string UserArn => $"arn:aws:iam::{_options.AccountId}:user/{UserName}";

    public void Map(IEndpointRouteBuilder routes) =>
        routes.MapPost("/", AnswerAsync)
            .WithMetadata(new AcceptsMetadata([StsWire.FormContentType]))
            .WithOperation("sts", StsWire.GetCallerIdentity);

    /// <summary>STS's error document: <c>ErrorResponse/Error/{Type,Code,Message}</c> and the request id.</summary>
    private static Task WriteErrorAsync(HttpContext context, int status, string code, string message)
    {
        var requestId = RequestId(context);
        context.Response.StatusCode = status;
        return WriteXmlAsync(context, new XElement(Ns + "ErrorResponse",
            new XElement(Ns + "Error", new XElement(Ns + "Type", status >= 500 ? "Receiver" : "Sender"), new XElement(Ns + "Code", code), new XElement(Ns + "Message", message)),
            new XElement(Ns + "RequestId", requestId)));
    }

    private async Task AnswerAsync(HttpContext context)
    {
        var body = await LambdaRequestBody.CaptureAsync(context);
        try
        {
            _verifier.Verify(context.Request, body);
        }
        catch (SimulatedLambdaError error)
        {
            // The signature check's refusals, with the codes STS itself uses for them.
            await WriteErrorAsync(context, 403, error.Type switch
            {
                "UnrecognizedClientException" => "InvalidClientTokenId",
                "MissingAuthenticationTokenException" => "MissingAuthenticationToken",
                _ => "SignatureDoesNotMatch",
            }, error.Message);
            return;
        }

        var form = System.Web.HttpUtility.ParseQueryString(System.Text.Encoding.UTF8.GetString(body));
        if (form[StsWire.ActionField] != StsWire.GetCallerIdentity)
        {
            await WriteErrorAsync(context, 400, "InvalidAction", $"Could not find operation {form[StsWire.ActionField]} for version {form[StsWire.VersionField]}");
            return;
        }

        await WriteXmlAsync(context, new XElement(Ns + "GetCallerIdentityResponse",
            new XElement(Ns + "GetCallerIdentityResult",
                new XElement(Ns + "Arn", UserArn),
                new XElement(Ns + "UserId", UserId),
                new XElement(Ns + "Account", _options.AccountId)),
            new XElement(Ns + "ResponseMetadata", new XElement(Ns + "RequestId", RequestId(context)))));
    }

    private static string RequestId(HttpContext context)
    {
        context.Response.Headers.TryAdd(StsWire.RequestIdHeader, Guid.NewGuid().ToString());
        return context.Response.Headers[StsWire.RequestIdHeader].ToString();
    }

    private static Task WriteXmlAsync(HttpContext context, XElement root)
    {
        context.Response.ContentType = "text/xml";
        return context.Response.WriteAsync(new XDocument(root).ToString());
    }
}
