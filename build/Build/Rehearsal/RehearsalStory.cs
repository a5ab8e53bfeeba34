using Microsoft.Extensions.Logging;
using SkillRelease.Release.Execution;
using SkillRelease.Release.Packages;
using SkillRelease.Release.Planning;
using SkillRelease.Release.Reporting;
using SkillRelease.Release.State;
using SkillRelease.Release.Steps;
using SkillRelease.Simulator;
using SkillRelease.Simulator.Faults;
using SkillRelease.Smapi.Model;

namespace Build.Rehearsal;

/// <summary>
/// The whole release life cycle against the embedded simulator, narrated chapter by chapter beside the runbook
/// step each one replaces. Settings and credentials come from the simulator only, never from the environment, so
/// a rehearsal cannot touch real AWS or Amazon. Each chapter checks the remote state it should leave; the
/// rehearsal fails on the first surprise.
/// </summary>
public sealed class RehearsalStory(ILogger logger, SkillPackage skill, CodePackage code, TimeProvider time)
{
    private readonly List<(string Chapter, string Outcome, TimeSpan Took)> _summary = [];

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var options = new SimulatorOptions { LambdaUpdateDuration = TimeSpan.FromMilliseconds(100), SmapiUpdateDuration = TimeSpan.FromMilliseconds(100) };
        await using var simulator = await SkillSimulator.StartAsync(options, cancellationToken);
        var services = SimulatedRelease.Services(simulator, logger, time);
        var engine = new ReleaseEngine(services, logger, time) { Observer = new RunbookNarration(logger) };
        Say($"Simulator on {simulator.Address}: function {options.FunctionName}, skill {options.SkillId} (never published).");

        var changed = CodeChange.Of(code, "a code-only fix");
        Say("» a fresh account: the function and the skill exist, but no Alexa trigger anywhere (SMAPI refuses an endpoint Alexa may not invoke)");
        await Chapter("deploy-latest", "a push to beta on a fresh account: code to $LATEST, skill-package/ to the development stage", () => engine.RunAsync(new DeployLatest(code, skill), false, cancellationToken),
            state => Expect(state.Latest.CodeSha256 == code.CodeSha256 && state.DevelopmentOnLatest && state.FunctionAlexaCanInvoke, "$LATEST holds the package, Alexa may invoke the function, and development points at it"));
        simulator.Faults.FailCall("lambda:PublishVersion", 1, Fault.Lost);
        Say("» the network drops Lambda's answer to the next PublishVersion after the version was created (applied, not acknowledged)");
        await Chapter("cut-release v1.0.0", "a v1.0.0 tag: the runbook's 'Deploying a New Version' section, with an answer lost on the way back", () => UntilConvergedAsync(() => engine.RunAsync(new CutRelease(ReleaseTag.Parse("v1.0.0"), code, skill, PublicationMethods.Auto, Now()), false, cancellationToken)),
            state => Expect(state.CertificationInProgress && state.DevelopmentAlias?.Name == "blue" && state.Versions.Count(v => v.CodeSha256 == code.CodeSha256) == 1, "v1.0.0 is in certification on alias blue, published once"));
        await Chapter("await-certification", "the scheduled check while Amazon reviews", () => engine.RunAsync(new AwaitCertification(false, Now()), false, cancellationToken),
            state => Expect(state.CertificationInProgress, "nothing changed while in review"));
        simulator.Smapi.CompleteCertification(CertificationOutcome.Pass);
        Say("» Amazon's reviewers pass v1.0.0 (the runbook: wait for the email)");
        await Chapter("await-certification", "after the email: 'change the endpoint back to $LATEST'", () => engine.RunAsync(new AwaitCertification(false, Now()), false, cancellationToken),
            state => Expect(state.LiveAlias?.Name == "blue" && state.DevelopmentOnLatest, "live runs alias blue; development is back on $LATEST"));
        await Chapter("deploy-latest (code change)", "a code-only fix pushed to beta", () => engine.RunAsync(new DeployLatest(changed, skill), false, cancellationToken),
            state => Expect(state.Latest.CodeSha256 == changed.CodeSha256, "$LATEST holds the fix"));
        await Chapter("promote (10% canary)", "the runbook's 'Updating the Production Lambda'", () => engine.RunAsync(new Promote(changed, skill, new Canary(10, TimeSpan.FromSeconds(1)), Now()), false, cancellationToken),
            state => Expect(state.LiveAlias?.FunctionVersion == state.NewestVersionWithCode(changed.CodeSha256)?.Version && !state.LiveAlias!.IsWeighted, "live alias blue runs the fix, canary over"));
        await Chapter("rollback", "what the runbook had no step for", () => engine.RunAsync(new Rollback(), false, cancellationToken),
            state => Expect(state.LiveAlias?.FunctionVersion == state.NewestVersionWithCode(code.CodeSha256)?.Version, "live alias blue is back on v1.0.0's code"));
        await Chapter("promote (canary) + an operator's rollback", "two operators: a canary runs while someone rolls back", () => CanaryInterruptedAsync(engine, changed, cancellationToken),
            state => Expect(state.LiveAlias is { IsWeighted: false } blue && blue.FunctionVersion == state.NewestVersionWithCode(code.CodeSha256)?.Version, "the operator's rollback stands: blue on v1.0.0's code, no canary"));
        await Chapter("cut-release v1.1.0", "a v1.1.0 tag", () => engine.RunAsync(new CutRelease(ReleaseTag.Parse("v1.1.0"), changed, skill, PublicationMethods.Auto, Now()), false, cancellationToken),
            state => Expect(state.CertificationInProgress && state.DevelopmentAlias?.Name == "green", "v1.1.0 is in certification on alias green; live stays on blue"));
        simulator.Smapi.CompleteCertification(CertificationOutcome.Fail, "The skill does not answer 'what can you do' with a list of features.");
        Say("» Amazon's reviewers reject v1.1.0 (the runbook: 'Handling a Failed Verification')");
        await Chapter("await-certification (failed)", "'remove the alias from the endpoint', and tell the team", () => ExpectRedRun(engine.RunAsync(new AwaitCertification(false, Now()), false, cancellationToken)),
            state => Expect(state.DevelopmentOnLatest && state.LiveAlias?.Name == "blue", "development is back on $LATEST; live untouched"));
        await Chapter("cut-release v1.1.1", "'update the previously-used alias … re-submit'", () => engine.RunAsync(new CutRelease(ReleaseTag.Parse("v1.1.1"), changed, skill, PublicationMethods.Auto, Now()), false, cancellationToken),
            state => Expect(state.CertificationInProgress && state.DevelopmentAlias?.Name == "green", "v1.1.1 reuses alias green"));
        simulator.Smapi.CompleteCertification(CertificationOutcome.Pass);
        Say("» Amazon's reviewers pass v1.1.1");
        await Chapter("await-certification", "the roles swap: green is live, blue the next candidate", () => engine.RunAsync(new AwaitCertification(false, Now()), false, cancellationToken),
            state => Expect(state.LiveAlias?.Name == "green" && state.CandidateAliasName == "blue" && state.DevelopmentOnLatest, "live runs alias green; development on $LATEST"));

        var final = await engine.ObserveAsync(skill.Locales, cancellationToken);
        Say("status:");
        Say((StatusReport.From(final, time.GetUtcNow()).ToText().TrimEnd()));
        Say(simulator.GitHub.Inspect(repository =>
            $"GitHub ledger: {repository.Deployments.Count} deployments ({string.Join(", ", repository.Deployments.Select(d => $"{d.Ref}→{d.Environment}: {(d.Statuses is [.., var last] ? last.State : null)}"))}), "
            + $"{repository.Releases.Count} release notes, {repository.Issues.Count} issue(s): {string.Join("; ", repository.Issues.Select(i => $"#{i.Number} {i.Title} ({i.State})"))}"));
        Say($"Remote calls: {string.Join(", ", simulator.Faults.CallCounts.Where(c => c.Key.EndsWith(":*", StringComparison.Ordinal)).Select(c => $"{c.Key.TrimEnd('*', ':')} {c.Value}"))}");
        PrintSummary();

        async Task Chapter(string task, string story, Func<Task> run, Func<RemoteState, string?> check)
        {
            Say("");
            Say($"━━ {_summary.Count + 1}. {task}: {story}");
            var started = time.GetTimestamp();
            await run();
            var state = await engine.ObserveAsync(skill.Locales, cancellationToken);
            var problem = check(state);
            _summary.Add((task, problem ?? "ok", time.GetElapsedTime(started)));
            if (problem is not null)
            {
                throw new InvalidOperationException($"Rehearsal chapter '{task}' left the skill in an unexpected state: {problem}.");
            }
        }
    }

    /// <summary>A run that stops after an answer was lost is run again, as a maintainer would: the re-run converges.</summary>
    private async Task UntilConvergedAsync(Func<Task> run)
    {
        try
        {
            await run();
            Say("» the run saw that its write had landed, and went on");
        }
        catch (StepFailedException stopped)
        {
            Say($"» the run stopped: {stopped.Message}");
            Say("» run it again (it re-reads the remote state and does only what is left):");
            await run();
        }
    }

    /// <summary>promote with a canary; while it waits, an operator rolls back; the promote must leave the rollback standing.</summary>
    private async Task CanaryInterruptedAsync(ReleaseEngine engine, CodePackage changed, CancellationToken cancellationToken)
    {
        var canary = new Canary(10, TimeSpan.FromSeconds(3)) { PollInterval = TimeSpan.FromSeconds(1) };
        // The canary's clock starts now, not when the rehearsal began.
        var promote = engine.RunAsync(new Promote(changed, skill, canary, Now()), false, cancellationToken);
        var observed = await WaitForCanaryAsync(engine, cancellationToken);
        Say($"» the canary runs on alias {observed}; an operator runs rollback now");
        await engine.RunAsync(new Rollback(), false, cancellationToken);
        try
        {
            await promote;
            throw new InvalidOperationException("promote should have stopped: the alias was rolled back while its canary waited.");
        }
        catch (StepFailedException stopped)
        {
            Say($"» promote stops and leaves the rollback standing: {stopped.Message}");
        }
    }

    private async Task<string> WaitForCanaryAsync(ReleaseEngine engine, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var state = await engine.ObserveAsync(skill.Locales, cancellationToken);
            if (state.LiveAlias is { IsWeighted: true } live)
            {
                return live.Name;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
        }

        throw new InvalidOperationException("The canary never started.");
    }

    /// <summary>Each task reads the clock when it runs, as in a workflow: a cut's time is compared with Amazon's submission times.</summary>
    private DateTimeOffset Now() => time.GetUtcNow();

    private async Task ExpectRedRun(Task run)
    {
        try
        {
            await run;
        }
        catch (ReleaseFailedException failure)
        {
            Say($"» the run ends red, once, as it should: {failure.Message}");
            return;
        }

        throw new InvalidOperationException("await-certification should have failed the run after a rejected certification.");
    }

    private static string? Expect(bool condition, string what) => condition ? null : $"expected: {what}";

    private void PrintSummary()
    {
        Say("");
        Say("Rehearsal summary");
        var width = _summary.Max(s => s.Chapter.Length);
        foreach (var (chapter, outcome, took) in _summary.Select((s, i) => (s.Chapter, s.Outcome, s.Took)))
        {
            Say($"  {chapter.PadRight(width)}  {outcome,-4}  {took.TotalSeconds,6:0.00} s");
        }
    }

    /// <summary>Plain narration through the same log as the engine's (Cake's interpolated logging would highlight every value).</summary>
    private void Say(string text) => logger.Log(LogLevel.Information, "{Line}", text);
}
