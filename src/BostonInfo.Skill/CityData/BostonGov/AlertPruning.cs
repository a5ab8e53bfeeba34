namespace BostonInfo.Skill.CityData.BostonGov;

/// <summary>
/// Which home page entries are alerts: the banner always; a service tile only when it reports something other
/// than its normal schedule (the tow lot's standing opening-hours notice is normal too).
/// </summary>
public static class AlertPruning
{
    public const string BannerService = "city alert";

    public static IReadOnlyList<CityAlert> Alerts(HomePageStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        var alerts = new List<CityAlert>();
        if (status.Banner is { } banner)
        {
            // The banner is the most urgent news, so it is said first.
            alerts.Add(new CityAlert(BannerService, banner));
        }

        alerts.AddRange(status.Services.Where(service => !IsNormal(service)));
        return alerts;
    }

    private static bool IsNormal(CityAlert service) =>
        service.Text.Contains("normal", StringComparison.OrdinalIgnoreCase) ||
        (service.Service.Contains("tow", StringComparison.OrdinalIgnoreCase) &&
         service.Text.Contains("open 7 a.m.", StringComparison.OrdinalIgnoreCase) &&
         service.Text.Contains("24/7", StringComparison.Ordinal));
}
