using SkillRelease.CloudWatch;
using SkillRelease.Http;
using SkillRelease.Lambda;
using SkillRelease.Sts;

namespace SkillRelease.Tests.Http;

public sealed class SignedAwsClientOptionsTests
{
    private static IEnumerable<TestCaseData> Services()
    {
        yield return new TestCaseData(new LambdaClientOptions { Region = "eu-west-1" }, "https://lambda.eu-west-1.amazonaws.com/").SetName("Lambda");
        yield return new TestCaseData(new CloudWatchClientOptions { Region = "eu-west-1" }, "https://monitoring.eu-west-1.amazonaws.com/").SetName("CloudWatch");
        yield return new TestCaseData(new StsClientOptions { Region = "eu-west-1" }, "https://sts.eu-west-1.amazonaws.com/").SetName("Sts");
    }

    [TestCaseSource(nameof(Services))]
    public void Endpoint_WithoutAnOverride_IsTheServicesRegionalOne(SignedAwsClientOptions options, string expected)
    {
        Assert.That(options.Endpoint, Is.EqualTo(new Uri(expected)));
    }

    [TestCaseSource(nameof(Services))]
    public void Endpoint_Overridden_IsKeptWhateverTheRegion(SignedAwsClientOptions options, string _)
    {
        var overridden = options with { Endpoint = new Uri("http://127.0.0.1:4566") };

        Assert.That((overridden with { Region = "us-west-2" }).Endpoint, Is.EqualTo(new Uri("http://127.0.0.1:4566")));
    }
}
