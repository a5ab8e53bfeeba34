using SkillRelease.Simulator.Faults;

namespace SkillRelease.Simulator.Tests.Faults;

public sealed class FaultInjectorTests
{
    private static readonly SimulatedOperation Publish = new("lambda", "PublishVersion");

    [Test]
    public void FailCall_FailsExactlyTheNthCallCountedFromNow()
    {
        var faults = new FaultInjector();
        faults.OnCall(Publish);

        faults.FailCall("lambda:PublishVersion", 2, Fault.Throttle);

        Assert.That(faults.OnCall(Publish), Is.Null);
        Assert.That(faults.OnCall(Publish), Is.EqualTo(Fault.Throttle));
        Assert.That(faults.OnCall(Publish), Is.Null);
        Assert.That(faults.Calls("lambda:PublishVersion"), Is.EqualTo(4));
    }

    [Test]
    public void FailCall_WithAServiceWildcard_FailsTheNthCallOfAnyOperation()
    {
        var faults = new FaultInjector();
        faults.FailCall("lambda:*", 2, Fault.ServerError);

        Assert.That(faults.OnCall(new SimulatedOperation("lambda", "GetAlias")), Is.Null);
        Assert.That(faults.OnCall(Publish), Is.EqualTo(Fault.ServerError));
    }
}
