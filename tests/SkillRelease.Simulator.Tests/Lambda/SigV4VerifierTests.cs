using System.Text;
using Amazon;
using Amazon.Runtime;
using Amazon.Runtime.Signing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using SkillRelease.Simulator.Lambda;

namespace SkillRelease.Simulator.Tests.Lambda;

public sealed class SigV4VerifierTests
{
    private const string AccessKey = "AKIDEXAMPLE";
    private const string Secret = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";

    [Test]
    public void Verify_AcceptsTheOfficialGetVanillaExample()
    {
        var verifier = new SigV4Verifier(AccessKey, Secret, "us-east-1", "service");
        var request = Request("GET", "example.amazonaws.com", "/", new()
        {
            ["X-Amz-Date"] = "20150830T123600Z",
            ["Authorization"] = "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31",
        });

        Assert.DoesNotThrow(() => verifier.Verify(request, []));
    }

    [Test]
    public void Verify_AcceptsAWSSDKSignaturesOverEncodedPathsQueriesAndBodies_AndRefusesAChangedBody()
    {
        var verifier = new SigV4Verifier(AccessKey, Secret, "us-east-1", "lambda");
        const string target = "/2015-03-31/functions/boston-info%3Alive/policy/alexa?RevisionId=x%2By%3D&Qualifier=live";
        var body = Encoding.UTF8.GetBytes("{\"CodeSha256\":\"ab+/cd==\"}");
        var signing = new AWSSigningRequest { HttpMethod = HttpMethod.Post, RequestUri = new Uri("http://127.0.0.1:4567" + target), Content = body };
        signing.Headers["Content-Type"] = "application/json";
        var signed = AWSSigV4Signer.Sign(signing, new AWSSigV4Parameters
        {
            Credentials = new BasicAWSCredentials(AccessKey, Secret),
            Region = RegionEndpoint.USEast1,
            Service = "lambda",
        });
        var headers = new Dictionary<string, string>(signed.Headers) { ["Content-Type"] = "application/json" };

        Assert.DoesNotThrow(() => verifier.Verify(Request("POST", "127.0.0.1:4567", target, headers), body));
        var tampered = Assert.Throws<SimulatedLambdaError>(() => verifier.Verify(Request("POST", "127.0.0.1:4567", target, headers), [.. body, (byte)' ']));
        Assert.That(tampered!.Type, Is.EqualTo("InvalidSignatureException"));
    }

    [Test]
    public void Verify_RefusesAnUnknownKeyAndAMissingSignatureInAwsWords()
    {
        var verifier = new SigV4Verifier("AKIAOTHER", Secret, "us-east-1", "service");
        var signedByAnother = Request("GET", "example.amazonaws.com", "/", new()
        {
            ["X-Amz-Date"] = "20150830T123600Z",
            ["Authorization"] = "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31",
        });

        Assert.That(Assert.Throws<SimulatedLambdaError>(() => verifier.Verify(signedByAnother, []))!.Type, Is.EqualTo("UnrecognizedClientException"));
        Assert.That(Assert.Throws<SimulatedLambdaError>(() => verifier.Verify(Request("GET", "example.amazonaws.com", "/", []), []))!.Status, Is.EqualTo(403));
    }

    private static HttpRequest Request(string method, string host, string target, Dictionary<string, string> headers)
    {
        var context = new DefaultHttpContext();
        context.Features.Get<IHttpRequestFeature>()!.RawTarget = target;
        context.Request.Method = method;
        context.Request.Headers.Host = host;
        foreach (var (name, value) in headers)
        {
            context.Request.Headers[name] = value;
        }

        return context.Request;
    }
}
