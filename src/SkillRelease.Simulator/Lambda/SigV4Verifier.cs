using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace SkillRelease.Simulator.Lambda;

/// <summary>
/// Checks an AWS Signature Version 4 the way AWS does
/// (https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html): rebuild the canonical request
/// from the headers the client named in <c>SignedHeaders</c>, the path URI-encoded a second time (every service but
/// S3), the query sorted and re-encoded and the SHA-256 of the body as received; derive the signing key from the one
/// secret the simulator knows; compare. The request time is not checked against the clock: tests run the simulator
/// on a fake clock while clients sign with the real one.
/// </summary>
internal sealed class SigV4Verifier(string accessKeyId, string secretAccessKey, string region, string service)
{
    private const string Algorithm = "AWS4-HMAC-SHA256";

    /// <summary>Throws the 403 AWS would answer when the request is not signed by our key pair.</summary>
    public void Verify(HttpRequest request, byte[] body)
    {
        var authorization = request.Headers.Authorization.ToString();
        if (!authorization.StartsWith(Algorithm + " ", StringComparison.Ordinal))
        {
            throw new SimulatedLambdaError(403, "MissingAuthenticationTokenException", "Missing Authentication Token");
        }

        var fields = authorization[Algorithm.Length..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(part => part.Split('=', 2))
            .Where(pair => pair.Length == 2)
            .ToDictionary(pair => pair[0], pair => pair[1], StringComparer.Ordinal);
        var credential = (fields.GetValueOrDefault("Credential") ?? "").Split('/');
        if (credential.Length != 5 || credential[0] != accessKeyId)
        {
            throw new SimulatedLambdaError(403, "UnrecognizedClientException", "The security token included in the request is invalid.");
        }

        var amzDate = request.Headers["x-amz-date"].ToString();
        var (date, scopeRegion, scopeService) = (credential[1], credential[2], credential[3]);
        if (scopeRegion != region || scopeService != service || credential[4] != "aws4_request" || !amzDate.StartsWith(date, StringComparison.Ordinal))
        {
            throw InvalidSignature($"Credential should be scoped to a valid region, service and date ({date}/{region}/{service}/aws4_request).");
        }

        var signedHeaders = fields.GetValueOrDefault("SignedHeaders") ?? "";
        var scope = string.Join('/', credential[1..]);
        var stringToSign = $"{Algorithm}\n{amzDate}\n{scope}\n{Hex(SHA256.HashData(Encoding.UTF8.GetBytes(CanonicalRequest(request, signedHeaders, body))))}";
        var expected = Hex(HMACSHA256.HashData(SigningKey(date), Encoding.UTF8.GetBytes(stringToSign)));
        var given = fields.GetValueOrDefault("Signature") ?? "";
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(given)))
        {
            throw InvalidSignature("The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.");
        }
    }

    private static SimulatedLambdaError InvalidSignature(string message) => new(403, "InvalidSignatureException", message);

    private static string CanonicalRequest(HttpRequest request, string signedHeaders, byte[] body)
    {
        var target = request.HttpContext.Features.Get<IHttpRequestFeature>()?.RawTarget ?? request.Path + request.QueryString;
        var queryStart = target.IndexOf('?', StringComparison.Ordinal);
        var path = queryStart < 0 ? target : target[..queryStart];
        var query = queryStart < 0 ? "" : target[(queryStart + 1)..];
        var names = signedHeaders.Split(';', StringSplitOptions.RemoveEmptyEntries);
        var headers = string.Concat(names.Select(name => $"{name}:{HeaderValue(request, name)}\n"));
        return string.Join('\n', request.Method, Encode(path, keepSlash: true), CanonicalQuery(query), headers, signedHeaders, Hex(SHA256.HashData(body)));
    }

    private static string HeaderValue(HttpRequest request, string name) =>
        string.Join(',', request.Headers[name].Select(value => string.Join(' ', (value ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries))));

    private static string CanonicalQuery(string query) => string.Join('&', query
        .Split('&', StringSplitOptions.RemoveEmptyEntries)
        .Select(pair => pair.Split('=', 2))
        .Select(pair => (Name: Encode(Uri.UnescapeDataString(pair[0]), false), Value: Encode(Uri.UnescapeDataString(pair.Length > 1 ? pair[1] : ""), false)))
        .OrderBy(pair => pair.Name, StringComparer.Ordinal)
        .ThenBy(pair => pair.Value, StringComparer.Ordinal)
        .Select(pair => $"{pair.Name}={pair.Value}"));

    /// <summary>RFC 3986 encoding as SigV4 wants it: unreserved characters stay, everything else becomes %XX (upper case).</summary>
    private static string Encode(string text, bool keepSlash)
    {
        var encoded = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~' || (keepSlash && c == '/'))
            {
                encoded.Append(c);
            }
            else
            {
                encoded.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return encoded.ToString();
    }

    private byte[] SigningKey(string date)
    {
        var key = HMACSHA256.HashData(Encoding.UTF8.GetBytes("AWS4" + secretAccessKey), Encoding.UTF8.GetBytes(date));
        key = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(region));
        key = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(service));
        return HMACSHA256.HashData(key, "aws4_request"u8.ToArray());
    }

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(bytes);
}
