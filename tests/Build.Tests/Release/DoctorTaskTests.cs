using Build.Tests.Host;
using SkillRelease.Simulator;
using SkillRelease.Simulator.Sts;

namespace Build.Tests.Release;

/// <summary>doctor's AWS identity and GitHub ledger rows, through the real program against an in-process simulator.</summary>
[NonParallelizable]
public sealed class DoctorTaskTests
{
    private SkillSimulator? _simulator;

    [TearDown]
    public async Task StopAsync()
    {
        if (_simulator is not null)
        {
            await _simulator.DisposeAsync();
        }
    }

    [Test]
    public async Task Doctor_WithTheSimulatorsKeys_ShowsWhoseTheyAre()
    {
        var environment = await StartAsync(new SimulatorOptions());

        var output = await DoctorAsync(environment);

        Assert.That(output, Does.Contain($"✓ AWS identity").And.Contain($"arn:aws:iam::{_simulator!.Options.AccountId}:user/{StsService.UserName} (account {_simulator.Options.AccountId})"));
    }

    [Test]
    public async Task Doctor_WithAnAccessKeyAwsDoesNotKnow_FailsTheIdentityRowWithTheFix()
    {
        var environment = await StartAsync(new SimulatorOptions());
        environment["AWS_ACCESS_KEY_ID"] = "AKIANOTTHESIMULATOR1";

        var output = await DoctorAsync(environment);

        Assert.That(output, Does.Contain("✗ AWS identity").And.Contain("(InvalidClientTokenId): AWS does not know this access key"));
    }

    [Test]
    public async Task Doctor_WithNoAwsCredentialsAtAll_SaysSoInOneRowAndStillChecksGitHub()
    {
        var environment = await StartAsync(new SimulatorOptions());
        environment["AWS_ACCESS_KEY_ID"] = null;
        environment["AWS_SECRET_ACCESS_KEY"] = null;

        var output = await DoctorAsync(environment);

        Assert.That(output, Does.Contain("✗ AWS identity").And.Contain("no AWS credentials found"));
        Assert.That(output, Does.Contain("not checked until the AWS identity row above is ✓"));
        Assert.That(output, Does.Contain("✓ GitHub ledger"));
    }

    [Test]
    public async Task Doctor_WithAnActionsToken_SaysWhatItCouldNotCheck()
    {
        var environment = await StartAsync(new SimulatorOptions());

        var output = await DoctorAsync(environment);

        Assert.That(output, Does.Contain($"✓ GitHub ledger").And.Contain("GitHub lists no permissions for an Actions or fine-grained token"));
    }

    [Test]
    public async Task Doctor_WithAClassicTokenWithoutRepoScope_FailsTheLedgerRowNamingTheScope()
    {
        var environment = await StartAsync(new SimulatorOptions { GitHubTokenScopes = ["read:org", "gist"] });

        var output = await DoctorAsync(environment);

        Assert.That(output, Does.Contain("✗ GitHub ledger").And.Contain("scopes (read:org, gist) cannot write deployments, releases or issues: add the repo or public_repo scope."));
    }

    [Test]
    public async Task Doctor_WithAClassicTokenWithRepoScope_PassesTheLedgerRow()
    {
        var environment = await StartAsync(new SimulatorOptions { GitHubTokenScopes = ["repo", "workflow"] });

        var output = await DoctorAsync(environment);

        Assert.That(output, Does.Contain("✓ GitHub ledger").And.Contain("(classic token with repo, workflow)"));
    }

    [Test]
    public async Task Doctor_WithATokenGitHubRefuses_FailsTheLedgerRow()
    {
        var environment = await StartAsync(new SimulatorOptions());
        environment["GITHUB_TOKEN"] = "ghs_revoked";

        var output = await DoctorAsync(environment);

        Assert.That(output, Does.Contain("✗ GitHub ledger").And.Contain("GitHub refused GITHUB_TOKEN (401 Bad credentials)"));
    }

    private async Task<Dictionary<string, string?>> StartAsync(SimulatorOptions options)
    {
        _simulator = await SkillSimulator.StartAsync(options, CancellationToken.None);
        var environment = BuildProgram.ReleaseEnvironment(_simulator.ClientEnvironment);
        // Nothing of this machine's AWS set-up may stand in for missing credentials.
        environment["AWS_CONFIG_FILE"] = "/nonexistent";
        environment["AWS_SHARED_CREDENTIALS_FILE"] = "/nonexistent";
        environment["AWS_EC2_METADATA_DISABLED"] = "true";
        return environment;
    }

    private static async Task<string> DoctorAsync(Dictionary<string, string?> environment)
    {
        var (_, output) = await BuildProgram.RunAsync(["--target", "doctor"], environment, TimeSpan.FromMinutes(2));
        return output;
    }
}
