using BostonInfo.Skill.CityData.Http;

namespace BostonInfo.Skill.CityData.BostonGov;

/// <summary>boston.gov (BOSTON_GOV_URL): the home page, whose tiles and banner carry the city's service alerts.</summary>
public sealed class BostonGovClient
{
    private readonly UpstreamHttp _http;

    public BostonGovClient(UpstreamHttp http) => _http = http ?? throw new ArgumentNullException(nameof(http));

    /// <summary>GET / and read its status tiles and banner.</summary>
    public async Task<HomePageStatus> GetHomePageStatusAsync(CancellationToken cancellationToken)
    {
        var html = await _http.GetStringAsync("", cancellationToken).ConfigureAwait(false);
        var status = HomePageParser.Parse(html);
        // A page with neither is not "no alerts": the markup changed and the scraper no longer understands it.
        return status.Services.Count == 0 && status.Banner is null
            ? throw new UpstreamException(_http.Name, "home page has no status tiles the skill recognises")
            : status;
    }
}
