using Octokit;
using SkillRelease.Configuration;
using SkillRelease.GitHub;
using SkillRelease.Http;
using SkillRelease.Release.Doctor;

namespace Build.Release;

/// <summary>
/// doctor's GitHub row: can GITHUB_TOKEN write the ledger (deployments, releases, an issue on a failed certification)?
/// Checked read-only with GET /repos/{owner}/{repo}. What GitHub lets us know depends on the token: a classic token
/// lists its scopes in <c>X-OAuth-Scopes</c> (the ledger needs <c>repo</c>, or <c>public_repo</c> for a public
/// repository), and a user's token shows that user's access in <c>permissions</c>. An Actions or fine-grained token
/// lists nothing (https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/scopes-for-oauth-apps: scopes are
/// an OAuth/classic notion), so for those the row says what was checked (the token works and sees the repository)
/// and what could not be.
/// </summary>
public static class GitHubLedgerCheck
{
    public const string Check = "GitHub ledger";

    public static async Task<DoctorRow> RunAsync(Secret? token, string? repository, Uri? apiAddress, SecretRedactor redactor, CancellationToken cancellationToken)
    {
        if (token is null || repository is null)
        {
            return DoctorRow.Pass(Check, "off (no GITHUB_TOKEN/GITHUB_REPOSITORY): releases are not recorded on GitHub");
        }

        var connection = new GitHubRepositoryConnection(new GitHubLedgerOptions
        {
            ApiAddress = apiAddress ?? GitHubLedgerOptions.DefaultApiAddress,
            Token = token,
            Repository = repository,
            Redactor = redactor,
            RetryPolicy = new RetryPolicy { MaxAttempts = 2 },
        });
        Repository found;
        try
        {
            // Octokit's calls take no token: a stop is noticed as soon as this one read has answered.
            found = await connection.Client.Repository.Get(connection.Owner, connection.Name).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (AuthorizationException)
        {
            return DoctorRow.Fail(Check, "GitHub refused GITHUB_TOKEN (401 Bad credentials): set a token that has not expired or been revoked.");
        }
        catch (NotFoundException)
        {
            return DoctorRow.Fail(Check, $"GITHUB_TOKEN cannot see {repository}: check GITHUB_REPOSITORY, and give the token access to that repository.");
        }
        catch (ApiException exception)
        {
            return DoctorRow.Fail(Check, $"GitHub answered {(int)exception.StatusCode} to reading {repository} ({exception.Message.TrimEnd('.')}): check GITHUB_TOKEN and GITHUB_API_URL.");
        }

        var scopes = connection.Client.GetLastApiInfo()?.OauthScopes ?? [];
        var needed = found.Private ? "repo" : "repo or public_repo";
        if (scopes.Count > 0 && !scopes.Contains("repo") && !(scopes.Contains("public_repo") && !found.Private))
        {
            return DoctorRow.Fail(Check, $"the classic token's scopes ({string.Join(", ", scopes)}) cannot write deployments, releases or issues: add the {needed} scope.");
        }

        if (found.Permissions is { Push: false })
        {
            return DoctorRow.Fail(Check, $"the token's account can only read {repository}: the ledger writes deployments, releases and issues, so give it write access.");
        }

        return scopes.Count > 0
            ? DoctorRow.Pass(Check, $"records to {repository} (classic token with {string.Join(", ", scopes)})")
            : DoctorRow.Pass(Check, $"records to {repository}; GitHub lists no permissions for an Actions or fine-grained token, so deployments, contents and issues: write are not checked (the workflows grant them; a fine-grained token needs them set to Read and write)");
    }
}
