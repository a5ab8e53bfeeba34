using Benchmarks;

namespace Build.Tests.Benchmarks;

public sealed class MachineInfoTests
{
    [Test]
    public void Current_NamesEveryPartOfThisMachineAndTheClocksDate()
    {
        var now = new DateTimeOffset(2026, 11, 26, 2, 0, 0, TimeSpan.Zero);

        var machine = MachineInfo.Current(new ManualClock(now));

        Assert.Multiple(() =>
        {
            Assert.That(machine.Cpu, Is.Not.Empty);
            Assert.That(machine.Cores, Is.EqualTo(Environment.ProcessorCount));
            Assert.That(machine.Memory, Does.EndWith(" GiB").Or.EqualTo("unknown"));
            Assert.That(machine.OperatingSystem, Is.Not.Empty);
            Assert.That(machine.DotNet, Does.StartWith(".NET "));
            Assert.That(machine.Date, Is.EqualTo(now));
        });
    }
}
