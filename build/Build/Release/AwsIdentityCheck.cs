using Amazon.Runtime;
using SkillRelease.Http;
using SkillRelease.Release.Doctor;
using SkillRelease.Sts;

namespace Build.Release;

/// <summary>
/// doctor's AWS identity row: STS GetCallerIdentity with the credentials the release tasks would use (the SDK's chain:
/// environment, profile, web identity). It needs no IAM permission, so a refusal always means the credentials
/// themselves are missing, unknown, mistyped or expired, never the role's policy.
/// </summary>
public static class AwsIdentityCheck
{
    public const string Check = "AWS identity";

    /// <param name="endpoint">AWS_ENDPOINT_URL_STS (or AWS_ENDPOINT_URL): the simulator; null for AWS's regional endpoint.</param>
    public static async Task<DoctorRow> RunAsync(string region, Uri? endpoint, SecretRedactor redactor, AWSCredentials? credentials, CancellationToken cancellationToken)
    {
        var options = new StsClientOptions { Region = region, Redactor = redactor, Credentials = credentials, RetryPolicy = new SkillRelease.Http.RetryPolicy { MaxAttempts = 2 } };
        options = endpoint is null ? options : options with { Endpoint = endpoint };
        using var sts = new StsClient(options);
        try
        {
            var identity = await sts.GetCallerIdentityAsync(cancellationToken).ConfigureAwait(false);
            return DoctorRow.Pass(Check, $"{identity.Arn} (account {identity.Account})");
        }
        catch (StsException exception)
        {
            return DoctorRow.Fail(Check, $"STS refused the credentials ({exception.ErrorCode}): {Fix(exception.ErrorCode)}");
        }
        catch (AmazonClientException exception)
        {
            // The SDK's chain found nothing (no variables, no profile, no web identity token).
            return DoctorRow.Fail(Check, $"no AWS credentials found ({exception.Message.TrimEnd('.')}): export AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (or AWS_PROFILE) for an identity that may read the function, as docs/setup.md section 6 says.");
        }
        catch (HttpRequestException exception)
        {
            return DoctorRow.Fail(Check, $"STS at {options.Endpoint} could not be reached ({exception.Message.TrimEnd('.')}): check the network, or AWS_ENDPOINT_URL_STS if you set it.");
        }
    }

    private static string Fix(string code) => code switch
    {
        "InvalidClientTokenId" => "AWS does not know this access key; export the key id of an active key (IAM › Users › Security credentials), or AWS_PROFILE.",
        "SignatureDoesNotMatch" => "AWS_SECRET_ACCESS_KEY is not the secret of AWS_ACCESS_KEY_ID; export the pair as IAM issued it.",
        "ExpiredToken" or "ExpiredTokenException" => "the session has expired; sign in again (aws sso login, or a new role session) and export the new credentials.",
        _ => "export credentials AWS accepts (AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or AWS_PROFILE).",
    };
}
