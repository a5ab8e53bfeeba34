using Build.Rehearsal;
using SkillRelease.Release.Steps;

namespace Build.Tests.Rehearsal;

public sealed class RunbookLinesTests
{
    [Test]
    public void For_AnAliasCreatedOrMoved_NamesTheConsoleStepOfEach()
    {
        // Given an alias step that creates, and one that moves
        var create = new PointAlias("blue", new VersionChoice("1"), "release=v1.0.0", Create: true, RevisionId: null);
        var move = create with { Create = false, RevisionId = "r1" };

        // Then each names its own manual step
        Assert.That((RunbookLines.For(create), RunbookLines.For(move)), Is.EqualTo((
            "Lambda console → Actions → Create alias pointing to that version",
            "Lambda console → update the alias to point to the new version")));
    }

    [Test]
    public void For_AStepTheRunbookHadNoLineFor_IsNothing()
    {
        // Given a wait the runbook did not describe
        // Then there is no line to narrate
        Assert.That(RunbookLines.For(new WaitForCodeUpdate()), Is.Null);
    }

    [Test]
    public void Starting_AStepWithALine_NarratesItUnderTheStepsOwnLine()
    {
        // Given the rehearsal's narration
        var logger = new CapturingLogger();

        // When the engine starts a step with a runbook line, then one without
        new RunbookNarration(logger).Starting(new ValidateSkill(["en-US"]));
        new RunbookNarration(logger).Starting(new WaitForCodeUpdate());

        // Then one line, indented under the step's, in the words the rehearsal always used
        Assert.That(logger.Lines, Is.EqualTo(new[] { "Information:       replaces the runbook's: Alexa console → Test page: check the Lambda receives traffic" }));
    }
}
