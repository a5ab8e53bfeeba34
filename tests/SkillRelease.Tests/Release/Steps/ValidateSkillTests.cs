using NSubstitute;
using SkillRelease.Release.Steps;
using SkillRelease.Smapi;
using SkillRelease.Smapi.Model;

namespace SkillRelease.Tests.Release.Steps;

/// <summary>SMAPI's validation gates the submission, and its blocking failures are what the run reports.</summary>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class ValidateSkillTests
{
    private static readonly ValidateSkill Validate = new(["en-US", "en-GB"]);

    private readonly StepRig _rig = new();

    [Test]
    public void Description_NamesTheLocales() =>
        Assert.That(Validate.Description, Is.EqualTo("validate the development stage (en-US, en-GB)"));

    [Test]
    public async Task Apply_WhenTheValidationSucceeds_WaitsForTheOneItStarted()
    {
        _rig.Smapi.Validations.SubmitAsync(default!, default!, default!, default).ReturnsForAnyArgs("val-1");
        Result(new SkillValidation { Status = UpdateStatuses.Successful });

        await _rig.ApplyAsync(Validate);

        await _rig.Smapi.Validations.Received(1).SubmitAsync(StepRig.SkillId, Stages.Development, Validate.Locales, Arg.Any<CancellationToken>());
        await _rig.Smapi.Validations.Received(1).WaitAsync(StepRig.SkillId, Stages.Development, "val-1", Arg.Any<CancellationToken>());
    }

    [Test]
    public void Apply_WhenRequiredChecksFail_ListsEachWithItsLocaleAndTheError()
    {
        Result(new SkillValidation
        {
            Status = UpdateStatuses.Failed,
            Validations =
            [
                new() { Locale = "en-US", Title = "Endpoint", Description = "The endpoint did not answer.", Importance = "REQUIRED", Status = UpdateStatuses.Failed },
                new() { Locale = "en-GB", Title = "Icon", Description = "Recommended only.", Importance = "RECOMMENDED", Status = UpdateStatuses.Failed },
                new() { Title = "Privacy", Description = "", Importance = "REQUIRED", Status = UpdateStatuses.Failed },
            ],
            Error = new StandardizedError { Message = "Validation found blocking issues." },
        });

        var failed = Assert.ThrowsAsync<StepFailedException>(() => _rig.ApplyAsync(Validate));

        Assert.That(failed!.Message, Is.EqualTo(
            "SMAPI validation failed, so nothing was submitted: en-US Endpoint: The endpoint did not answer.; Privacy:; Validation found blocking issues.. Fix it and run the task again."));
    }

    [Test]
    public void Apply_WhenItFailsWithoutReasons_SaysItsStatus()
    {
        Result(new SkillValidation { Status = UpdateStatuses.Failed });

        var failed = Assert.ThrowsAsync<StepFailedException>(() => _rig.ApplyAsync(Validate));

        Assert.That(failed!.Message, Is.EqualTo("SMAPI validation failed, so nothing was submitted: FAILED. Fix it and run the task again."));
    }

    private void Result(SkillValidation validation) =>
        _rig.Smapi.Validations.WaitAsync(default!, default!, default!, default).ReturnsForAnyArgs(validation);
}
