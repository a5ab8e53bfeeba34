using SkillRelease.Release.Steps;

namespace Build.Rehearsal;

/// <summary>
/// The manual runbook step (shared/reference/runbook-*.txt) each engine step replaces: the rehearsal's story, kept
/// here so the engine stays free of it. A step type missing here is simply not narrated.
/// </summary>
public static class RunbookLines
{
    public static string? For(Step step) => step switch
    {
        UploadCode => "CodeBuild ran deploy_tools.py -f to update $LATEST",
        UpdateFunctionConfiguration => "the runbook's \"ensure the runtime is set\": Lambda console → Configuration → General / Environment variables",
        SetDevelopmentModel => "CodeBuild ran deploy_tools.py -i to update the interaction model",
        UpdateDevelopmentManifest => "Alexa console → Endpoint → edit the Default Region ARN (or deploy_tools.py -i)",
        PublishVersion => "Lambda console → Actions → Publish new version, described with the date",
        PointAlias { Create: true } => "Lambda console → Actions → Create alias pointing to that version",
        PointAlias => "Lambda console → update the alias to point to the new version",
        GrantAlexaTriggerOnFunction => "Lambda console → Add trigger → Alexa Skills Kit, paste the skill id (on the function itself)",
        GrantAlexaTrigger => "Lambda console → Add trigger → Alexa Skills Kit, paste the skill id",
        ValidateSkill => "Alexa console → Test page: check the Lambda receives traffic",
        SubmitForCertification => "Alexa console → Certification → Submit for review",
        PublishCertifiedSkill => "Alexa console → Certification → Publish now",
        RollbackSkill => "Alexa developer console → Certification → Skill versions → Roll back",
        WaitForCanary => "watching the new version's errors in the Lambda console's Monitor tab, and moving the alias back by hand",
        _ => null,
    };
}
