using System.Net;
using SkillRelease.CloudWatch;
using SkillRelease.Http;
using SkillRelease.Lambda;
using SkillRelease.Sts;

namespace SkillRelease.Tests.Http;

/// <summary>Every AWS service's typed exception is one <see cref="AwsServiceException"/>, worded the same way.</summary>
public sealed class AwsServiceExceptionTests
{
    private static IEnumerable<TestCaseData> Exceptions()
    {
        yield return new TestCaseData(new LambdaException("ResourceConflictException", "Busy.", HttpStatusCode.Conflict, "rid-1"), "Lambda ResourceConflictException (409): Busy.").SetName("Lambda");
        yield return new TestCaseData(new CloudWatchException("AccessDenied", "No.", HttpStatusCode.Forbidden, "rid-1"), "CloudWatch AccessDenied (403): No.").SetName("CloudWatch");
        yield return new TestCaseData(new StsException("ExpiredToken", "Old.", HttpStatusCode.Forbidden, "rid-1"), "STS ExpiredToken (403): Old.").SetName("Sts");
    }

    [TestCaseSource(nameof(Exceptions))]
    public void ServiceException_FromAnyAwsService_CarriesTheServicesWordsAndNamesItInTheMessage(AwsServiceException exception, string message)
    {
        // Given: a refusal in each service's words (the case)
        // When: a caller that only reports AWS refusals reads it through the base
        // Then
        Assert.That(
            (exception.Message, exception.ErrorCode, exception.ServiceMessage, exception.RequestId),
            Is.EqualTo((message, message.Split(' ')[1], message.Split(": ")[1], "rid-1")));
    }
}
