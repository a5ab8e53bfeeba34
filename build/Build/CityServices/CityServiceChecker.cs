using BostonInfo.Skill;
using BostonInfo.Skill.CityData;

namespace Build.CityServices;

/// <summary>
/// Runs every feature's check once against the given endpoints (the real services, or what BOSTON_* names) and
/// collects a row per feature. Checks run one after another: a daily job has time, and the city's services
/// should not see a burst from us.
/// </summary>
public sealed class CityServiceChecker(CityDataEndpoints endpoints, HttpMessageHandler handler, TimeSpan callTimeout)
{
    public async Task<CityServiceReport> RunAsync(IReadOnlyList<CityFeatureCheck> checks, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(checks);
        var clients = new CityDataClients(new SkillSettings(AlexaSkillId: null) { CityData = endpoints, CallTimeout = callTimeout }, handler);
        var results = new List<CityFeatureResult>();
        foreach (var check in checks)
        {
            results.Add(await RunAsync(check, clients, cancellationToken));
        }

        return new CityServiceReport(results);
    }

    private static async Task<CityFeatureResult> RunAsync(CityFeatureCheck check, CityDataClients clients, CancellationToken cancellationToken)
    {
        try
        {
            return new CityFeatureResult(check.Feature, check.Service, Passed: true, await check.Probe(clients, cancellationToken));
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            // Whatever broke is this feature's finding, reported in its row; the other features still get checked.
            return new CityFeatureResult(check.Feature, check.Service, Passed: false, exception.Message);
        }
    }
}
