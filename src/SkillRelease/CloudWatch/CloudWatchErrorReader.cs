using SkillRelease.Http;

namespace SkillRelease.CloudWatch;

/// <summary>
/// Reads an AWS JSON 1.0 error as botocore does: the code from <c>__type</c> (after any '#'), else the
/// query-compatible <c>x-amzn-query-error</c> header (before ';'); the message from <c>message</c>/<c>Message</c>.
/// A body that is not JSON (a proxy's HTML page) keeps its raw text as the message.
/// </summary>
internal static class CloudWatchErrorReader
{
    public static async Task<CloudWatchException> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var answer = await AwsErrorAnswer.ReadAsync(response, cancellationToken).ConfigureAwait(false);
        var code = answer.ErrorType
            ?? answer.Header(CloudWatchWire.QueryErrorHeader)?.Split(';')[0]
            ?? answer.StatusName;
        return new CloudWatchException(code, answer.Message, response.StatusCode, answer.Header(CloudWatchWire.RequestIdHeader));
    }
}
