using SkillRelease.Lambda;
using SkillRelease.Lambda.Model;
using SkillRelease.Lwa;
using SkillRelease.Release.Function;
using SkillRelease.Release.State;
using SkillRelease.Smapi;
using SkillRelease.Smapi.Model;

namespace SkillRelease.Release.Doctor;

/// <summary>
/// Read-only checks of everything a release needs on the remote side, each ending in a row with the fix in one
/// sentence. Nothing is written; a check that cannot run because an earlier one failed says which.
/// </summary>
public sealed class ReleaseDoctor(ReleaseServices services, FunctionDefinition declared)
{
    public async Task<IReadOnlyList<DoctorRow>> CheckAsync(IReadOnlyList<string> locales, CancellationToken cancellationToken)
    {
        var rows = new List<DoctorRow>();
        var function = await FunctionAsync(cancellationToken).ConfigureAwait(false);
        rows.Add(function.Row);
        rows.Add(await SkillAsync(cancellationToken).ConfigureAwait(false));
        if (function.Configuration is { } configuration)
        {
            var drift = declared.Differences(configuration);
            rows.Add(drift.Count == 0
                ? DoctorRow.Pass("function configuration", $"memory {declared.MemorySize} MB, timeout {declared.Timeout} s, environment as function.json declares")
                : DoctorRow.Fail("function configuration", $"{string.Join("; ", drift)}: deploy-latest puts it back to function.json (change function.json, not the console)."));
        }

        if (rows.Any(r => !r.Passed && r.Check is "Lambda function" or "skill"))
        {
            rows.Add(DoctorRow.Fail("Alexa triggers and stages", "not checked until the function and the skill above are reachable."));
            return rows;
        }

        var state = await new RemoteObserver(services).ObserveAsync(locales, cancellationToken).ConfigureAwait(false);
        rows.Add(Triggers(state));
        rows.Add(DoctorRow.Pass("development stage", $"endpoint on {EndpointNames.Describe(state, state.Development.EndpointUri ?? "(none)")}{(state.ReleaseInFlight ? $", release {state.ReleaseInFlightTag ?? "(unknown)"} in flight" : "")}"));
        rows.Add(DoctorRow.Pass("live stage", state.Live is null ? "never published (the first cut-release submits it)" : $"endpoint on {EndpointNames.Describe(state, state.Live.EndpointUri ?? "(none)")}"));
        rows.Add(DoctorRow.Pass("certification", state.LatestCertification is { } review ? $"latest review {review.Status}" : "never submitted"));
        return rows;
    }

    private async Task<(DoctorRow Row, FunctionConfiguration? Configuration)> FunctionAsync(CancellationToken cancellationToken)
    {
        const string check = "Lambda function";
        var name = services.Settings.FunctionName;
        try
        {
            var configuration = await services.Lambda.GetFunctionConfigurationAsync(new GetFunctionConfigurationRequest { FunctionName = name }, cancellationToken).ConfigureAwait(false);
            var architecture = FunctionDefinition.ArchitectureOf(configuration);
            var wrong = new[] { ("runtime", configuration.Runtime, declared.Runtime), ("handler", configuration.Handler, declared.Handler), ("architecture", architecture, declared.Architecture) }
                .Where(c => c.Item2 != c.Item3).Select(c => $"{c.Item1} is {c.Item2 ?? "(none)"}, function.json says {c.Item3}").ToList();
            return wrong.Count == 0
                ? (DoctorRow.Pass(check, $"{name}: {configuration.Runtime}, {configuration.Handler}, {architecture}"), configuration)
                : (DoctorRow.Fail(check, $"{name}: {string.Join("; ", wrong)}. Run deploy-latest to apply function.json (the architecture changes with the next upload)."), configuration);
        }
        catch (LambdaException exception) when (exception.IsNotFound)
        {
            return (DoctorRow.Fail(check, $"{name} does not exist in {services.Settings.Region}: create it as docs/setup.md section 1 shows, or fix LAMBDA_FUNCTION_NAME/AWS_REGION."), null);
        }
        catch (LambdaException exception)
        {
            return (DoctorRow.Fail(check, $"Lambda refused GetFunctionConfiguration ({exception.ErrorCode}: {exception.ServiceMessage}): check the AWS credentials and the role's policy (docs/setup.md section 2)."), null);
        }
    }

    private async Task<DoctorRow> SkillAsync(CancellationToken cancellationToken)
    {
        const string check = "skill";
        var settings = services.Settings;
        try
        {
            var summaries = await services.Smapi.Skills.ListAsync(settings.VendorId, settings.SkillId, cancellationToken).ConfigureAwait(false);
            return summaries.Count > 0
                ? DoctorRow.Pass(check, $"{settings.SkillId} belongs to vendor {settings.VendorId}; the LWA token works")
                : DoctorRow.Fail(check, $"vendor {settings.VendorId} has no skill {settings.SkillId}: check ALEXA_SKILL_ID and ASK_VENDOR_ID (ask smapi list-skills-for-vendor).");
        }
        catch (LwaException exception)
        {
            return DoctorRow.Fail(check, $"Login with Amazon refused the refresh token ({exception.Message.TrimEnd('.')}): generate a new one as docs/setup.md section 3 shows.");
        }
        catch (SmapiException exception)
        {
            return DoctorRow.Fail(check, $"SMAPI answered {(int)exception.StatusCode} ({exception.Message.TrimEnd('.')}): check ALEXA_SKILL_ID and ASK_VENDOR_ID, and that the refresh token's account may edit the skill.");
        }
    }

    /// <summary>Invariant 3 as it stands: every endpoint naming this function (any stage) names something Alexa may invoke for this skill.</summary>
    private static DoctorRow Triggers(RemoteState state)
    {
        const string check = "Alexa triggers";
        var endpoints = new[] { state.Development, state.Live, state.Certified }.OfType<StageState>()
            .Select(stage => (stage.Stage, Uri: stage.EndpointUri))
            .Where(e => e.Uri is not null && e.Uri.StartsWith(state.FunctionArn, StringComparison.Ordinal))
            .ToList();
        var missing = endpoints.Where(e => !(e.Uri == state.FunctionArn ? state.FunctionAlexaCanInvoke : state.Aliases.Any(a => a.AliasArn == e.Uri && a.AlexaCanInvoke)))
            .Select(e => $"{e.Stage} → {EndpointNames.Describe(state, e.Uri!)}").ToList();
        return missing.Count == 0
            ? DoctorRow.Pass(check, endpoints.Count == 0 ? "no endpoint names the function yet (deploy-latest grants and points)" : $"present for the {string.Join(" and ", endpoints.Select(e => e.Stage))} endpoint{(endpoints.Count == 1 ? "" : "s")}")
            : DoctorRow.Fail(check, $"missing for {string.Join(", ", missing)}: run deploy-latest (or the release task that points there), which grants it before pointing.");
    }
}
