using SkillRelease.Simulator.Faults;

namespace SkillRelease.Simulator.Tests.Faults;

public sealed class PlannedFaultTests
{
    [TestCase("lambda:PublishVersion:1:429", "lambda:PublishVersion", 1, Fault.Throttle)]
    [TestCase("smapi:SubmitSkillForCertification:2:500", "smapi:SubmitSkillForCertification", 2, Fault.ServerError)]
    [TestCase("lambda:UpdateAlias:3:409", "lambda:UpdateAlias", 3, Fault.Conflict)]
    [TestCase("smapi:*:5:TIMEOUT", "smapi:*", 5, Fault.Timeout)]
    [TestCase("lambda:PublishVersion:1:lost", "lambda:PublishVersion", 1, Fault.Lost)]
    [TestCase("github:CreateDeployment:2:late", "github:CreateDeployment", 2, Fault.Late)]
    public void Parse_ReadsOperationCallAndFault(string text, string operation, int call, Fault fault) =>
        Assert.That(PlannedFault.Parse(text), Is.EqualTo(new PlannedFault(operation, call, fault)));

    [TestCase("lambda:PublishVersion:429")]
    [TestCase("lambda:PublishVersion:0:429")]
    [TestCase("lambda:PublishVersion:1:404")]
    [TestCase(":PublishVersion:1:429")]
    public void Parse_RefusesAnythingElseSayingTheForm(string text)
    {
        var error = Assert.Throws<FormatException>(() => PlannedFault.Parse(text));

        Assert.That(error!.Message, Does.Contain("e.g. lambda:PublishVersion:1:429"));
    }
}
