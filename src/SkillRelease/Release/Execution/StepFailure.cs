using System.Net;
using SkillRelease.CloudWatch;
using SkillRelease.Http;
using SkillRelease.Lambda;
using SkillRelease.Lwa;
using SkillRelease.Release.Steps;
using SkillRelease.Smapi;

namespace SkillRelease.Release.Execution;

/// <summary>
/// Turns a remote error during a step into one sentence a maintainer can act on: which step, what the service said,
/// and what to do. Re-running is always safe, because every task observes the remote state again first.
/// </summary>
public static class StepFailure
{
    public static bool IsRemote(Exception exception) =>
        exception is AwsServiceException or SmapiException or LwaException or TimeoutException or HttpRequestException;

    public static StepFailedException Explain(string what, Exception exception) =>
        new($"{what} failed: {exception.Message.TrimEnd('.')}. {Advice(exception)}", exception);

    private static string Advice(Exception exception) => exception switch
    {
        LambdaException { IsPreconditionFailed: true } or SmapiException { IsPreconditionFailed: true } =>
            "Someone else changed it meanwhile, so nothing was overwritten: run the task again; it re-reads the remote state and does only what is left.",
        LambdaException { IsConflict: true } =>
            "Lambda is busy with another change to the function: run the task again in a minute; it resumes where it stopped.",
        LambdaException { IsNotFound: true } => "Check LAMBDA_FUNCTION_NAME and AWS_REGION.",
        CloudWatchException { StatusCode: HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized } =>
            "Check that the AWS role may call cloudwatch:GetMetricData (docs/setup.md); the canary keeps its traffic share, and a re-run watches it for the time left.",
        LambdaException { StatusCode: HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized } =>
            "Check the AWS credentials: the role GitHub assumes through OIDC (docs/setup.md) or your profile.",
        SmapiException { StatusCode: HttpStatusCode.Unauthorized } => "Check ASK_LWA_CLIENT_ID, ASK_LWA_CLIENT_SECRET and ASK_REFRESH_TOKEN.",
        SmapiException { IsLocked: true } =>
            "The skill's development stage is locked, most likely by a certification in progress: run await-certification, or withdraw the submission in the developer console.",
        SmapiException { IsNotFound: true } => "Check ALEXA_SKILL_ID and ASK_VENDOR_ID.",
        SmapiException { StatusCode: HttpStatusCode.BadRequest } => "Fix skill-package/ as the violations say, then run the task again.",
        LwaException => "Nothing after this step was done; run the task again once the credentials are fixed.",
        _ => "The service is throttling, failing or not answering: run the task again later; it resumes where it stopped.",
    };
}
