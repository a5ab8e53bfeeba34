using SkillRelease.Lambda;
using SkillRelease.Lambda.Model;

namespace SkillRelease.Tests.Lambda;

/// <summary>
/// Pins the Lambda wire constants the client, the engine and the simulator share to the values
/// shared/reference/lambda-contract.md documents: a typo here would make both sides agree on a wire nobody else speaks.
/// </summary>
public sealed class LambdaWireTests
{
    [Test]
    public void Constants_AreTheContractsWireValues()
    {
        Assert.Multiple(() =>
        {
            // §1.1: rest-json, apiVersion 2015-03-31, signing name lambda; the error type in X-Amzn-ErrorType.
            Assert.That(LambdaWire.FunctionsPrefix, Is.EqualTo("/2015-03-31/functions"));
            Assert.That(LambdaWire.SigningService, Is.EqualTo("lambda"));
            Assert.That(LambdaWire.ErrorTypeHeader, Is.EqualTo("X-Amzn-ErrorType").IgnoreCase);
            Assert.That(LambdaWire.RequestIdHeader, Is.EqualTo("x-amzn-RequestId").IgnoreCase);
            // §1.2: Version is "$LATEST" or a number.
            Assert.That(LambdaWire.LatestVersion, Is.EqualTo("$LATEST"));
            // §1.6: the Alexa Skills Kit trigger as SAM's AlexaSkill event writes it and Lambda stores it.
            Assert.That(LambdaWire.InvokeFunctionAction, Is.EqualTo("lambda:InvokeFunction"));
            Assert.That(LambdaWire.AlexaPrincipal, Is.EqualTo("alexa-appkit.amazon.com"));
            Assert.That(LambdaWire.EventSourceTokenCondition, Is.EqualTo("lambda:EventSourceToken"));
        });
    }

    [Test]
    public void ErrorTypes_AreTheServiceModelsNames()
    {
        // §1.1: the error → status table.
        Assert.That(
            new[] { LambdaErrorTypes.ResourceNotFound, LambdaErrorTypes.ResourceConflict, LambdaErrorTypes.PreconditionFailed, LambdaErrorTypes.TooManyRequests, LambdaErrorTypes.InvalidParameterValue, LambdaErrorTypes.Service },
            Is.EqualTo(new[] { "ResourceNotFoundException", "ResourceConflictException", "PreconditionFailedException", "TooManyRequestsException", "InvalidParameterValueException", "ServiceException" }));
    }

    [Test]
    public void States_AreTheServiceModelsEnumValues()
    {
        // §1.2: State ∈ Pending, Active, …; LastUpdateStatus ∈ Successful, Failed, InProgress.
        Assert.That(
            new[] { FunctionStates.Pending, FunctionStates.Active, LastUpdateStatuses.Successful, LastUpdateStatuses.Failed, LastUpdateStatuses.InProgress },
            Is.EqualTo(new[] { "Pending", "Active", "Successful", "Failed", "InProgress" }));
    }

    [Test]
    public void FunctionArn_WithRegionAccountAndName_IsLambdasArnFormat()
    {
        // When
        var arn = LambdaWire.FunctionArn("us-east-1", "123456789012", "my-skill");

        // Then: §1.6's alias ARN is this plus ":live".
        Assert.That(LambdaWire.QualifiedArn(arn, "live"), Is.EqualTo("arn:aws:lambda:us-east-1:123456789012:function:my-skill:live"));
    }

    [TestCase("arn:aws:lambda:us-east-1:123456789012:function:my-skill:live", "arn:aws:lambda:us-east-1:123456789012:function:my-skill", "live")]
    [TestCase("arn:aws:lambda:us-east-1:123456789012:function:my-skill:7", "arn:aws:lambda:us-east-1:123456789012:function:my-skill", "7")]
    [TestCase("arn:aws:lambda:us-east-1:123456789012:function:my-skill", "arn:aws:lambda:us-east-1:123456789012:function:my-skill", null)]
    public void UnqualifiedArnAndQualifier_OfAnArn_SplitItAfterTheFunctionName(string arn, string unqualified, string? qualifier)
    {
        // When / Then
        Assert.That((LambdaWire.UnqualifiedArn(arn), LambdaWire.ArnQualifier(arn)), Is.EqualTo((unqualified, qualifier)));
    }
}
