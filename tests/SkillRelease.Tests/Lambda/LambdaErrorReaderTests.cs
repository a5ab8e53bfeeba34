using System.Net;
using System.Text;
using SkillRelease.Lambda;

namespace SkillRelease.Tests.Lambda;

/// <summary>Error answers are read as botocore reads them, whichever of Lambda's shapes they come in.</summary>
public sealed class LambdaErrorReaderTests
{
    [Test]
    public async Task ReadAsync_TakesTheTypeFromTheHeaderUpToTheColonAndTheMessageAndRequestId()
    {
        var response = Answer(HttpStatusCode.Conflict, "{\"Type\":\"User\",\"message\":\"Alias already exists\"}");
        response.Headers.Add("X-Amzn-ErrorType", "ResourceConflictException:http://internal.amazon.com/coral/com.amazon.awsgirapi/");
        response.Headers.Add("x-amzn-RequestId", "4d5f-request");

        var error = await LambdaErrorReader.ReadAsync(response, CancellationToken.None);

        Assert.That((error.ErrorCode, error.ServiceMessage, error.StatusCode, error.RequestId),
            Is.EqualTo(("ResourceConflictException", "Alias already exists", HttpStatusCode.Conflict, "4d5f-request")));
        Assert.That(error.IsConflict, Is.True);
    }

    [TestCase("{\"Code\":\"ServiceException\",\"Message\":\"Internal\"}", "ServiceException", "Internal")]
    [TestCase("{\"__type\":\"com.amazonaws#TooManyRequestsException\",\"message\":\"Rate exceeded\"}", "TooManyRequestsException", "Rate exceeded")]
    [TestCase("<html>Bad gateway</html>", "Http502", "<html>Bad gateway</html>")]
    public async Task ReadAsync_WithoutTheHeader_FallsBackToTheBody(string body, string type, string message)
    {
        var error = await LambdaErrorReader.ReadAsync(Answer(HttpStatusCode.BadGateway, body), CancellationToken.None);

        Assert.That((error.ErrorCode, error.ServiceMessage), Is.EqualTo((type, message)));
    }

    private static HttpResponseMessage Answer(HttpStatusCode status, string body) =>
        new(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
}
