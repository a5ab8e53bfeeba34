using SkillRelease.Http;

namespace SkillRelease.Lambda;

/// <summary>
/// Turns an error answer into a <see cref="LambdaException"/> the way botocore reads it: the type from
/// <c>X-Amzn-ErrorType</c> (text before any ':'), else the body's <c>code</c>/<c>Code</c>, else <c>__type</c> (after
/// any '#'); the message from <c>message</c>/<c>Message</c>.
/// </summary>
internal static class LambdaErrorReader
{
    public static async Task<LambdaException> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var answer = await AwsErrorAnswer.ReadAsync(response, cancellationToken).ConfigureAwait(false);
        var type = answer.Header(LambdaWire.ErrorTypeHeader)?.Split(':')[0]
            ?? answer.Field("code", "Code")
            ?? answer.ErrorType
            ?? answer.StatusName;
        return new LambdaException(type, answer.Message, response.StatusCode, answer.Header(LambdaWire.RequestIdHeader));
    }
}
