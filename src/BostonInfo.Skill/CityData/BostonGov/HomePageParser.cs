using System.Net;
using System.Text.RegularExpressions;

namespace BostonInfo.Skill.CityData.BostonGov;

/// <summary>
/// Reads the service status tiles and the alert banner out of the boston.gov home page HTML by the CSS classes
/// the site uses (skill-survey.md §2.10). Scraping is fragile by nature, so this is the only place that knows
/// the page's markup.
/// </summary>
public static partial class HomePageParser
{
    public const string ServiceLabelClass = "cds-t t--upper t--sans m-b300";
    public const string ServiceTextClass = "cds-d t--subinfo";
    public const string BannerTitleClass = "t--upper t--sans lh--000 t--cb";
    public const string BannerHeadlineClass = "str str--r m-v300";
    public const string BannerDetailClass = "t--sans t--cb lh--000 m-b500";

    public static HomePageStatus Parse(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var labels = TextsOfClass(html, ServiceLabelClass);
        var texts = TextsOfClass(html, ServiceTextClass);
        var services = labels.Zip(texts, (label, text) => new CityAlert(label, text)).ToList();

        var bannerParts = new[] { BannerTitleClass, BannerHeadlineClass, BannerDetailClass }
            .Select(cssClass => TextsOfClass(html, cssClass).FirstOrDefault())
            .OfType<string>()
            .ToList();
        var banner = bannerParts.Count == 0 ? null : string.Join(". ", bannerParts.Select(part => part.TrimEnd('.'))) + ".";
        return new HomePageStatus(banner, services);
    }

    /// <summary>The text of every element whose class attribute is exactly <paramref name="cssClass"/>.</summary>
    private static List<string> TextsOfClass(string html, string cssClass)
    {
        var pattern = $"""<(?<tag>[a-zA-Z0-9]+)\b[^>]*\bclass="{Regex.Escape(cssClass)}"[^>]*>(?<inner>.*?)</\k<tag>\s*>""";
        return Regex.Matches(html, pattern, RegexOptions.Singleline | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1))
            .Select(match => PlainText(match.Groups["inner"].Value))
            .Where(text => text.Length > 0)
            .ToList();
    }

    private static string PlainText(string fragment)
    {
        var withoutTags = Tags().Replace(fragment, " ");
        var decoded = WebUtility.HtmlDecode(withoutTags).Replace('\u00A0', ' ');
        // Tags become spaces (so "a<br>b" keeps its words apart), which leaves "closed Monday ." after a link.
        return SpaceBeforePunctuation().Replace(Whitespace().Replace(decoded, " "), "$1").Trim();
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\s+([.,;:!?])")]
    private static partial Regex SpaceBeforePunctuation();
}
