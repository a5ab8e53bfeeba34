using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace BostonInfo.Skill.CityData.BostonGov;

/// <summary>
/// Reads the service status tiles and the emergency alert banner out of the boston.gov home page HTML by the CSS
/// classes of the site's Drupal templates (CityOfBoston/boston.gov-d8: the tiles are
/// paragraph--message-for-the-day.html.twig, the banner node--emergency-alert.html.twig as of May 2024; the
/// banner classes the original read in 2021 are in none of them). Scraping is fragile by nature, so this is the
/// only place that knows the page's markup, and check-city-services reads the live page daily (docs/city-data.md).
/// </summary>
public static partial class HomePageParser
{
    public const string ServiceLabelClass = "cds-t t--upper t--sans m-b300";
    public const string ServiceTextClass = "cds-d t--subinfo";
    /// <summary>The alert's title, inside its "str m-v300" headline (the "t--upper t--sans lh--000" line above it is only "Last updated: …").</summary>
    public const string BannerTitleClass = "str-t";
    public const string BannerDetailClass = "t--sans lh--000 m-b500";

    public static HomePageStatus Parse(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        using var document = new HtmlParser().ParseDocument(html);
        var labels = TextsOfClass(document, ServiceLabelClass);
        var texts = TextsOfClass(document, ServiceTextClass);
        var services = labels.Zip(texts, (label, text) => new CityAlert(label, text)).ToList();

        var bannerParts = new[] { BannerTitleClass, BannerDetailClass }
            .Select(cssClass => TextsOfClass(document, cssClass).FirstOrDefault())
            .OfType<string>()
            .ToList();
        var banner = bannerParts.Count == 0 ? null : string.Join(". ", bannerParts.Select(part => part.TrimEnd('.'))) + ".";
        return new HomePageStatus(banner, services);
    }

    /// <summary>The text of every element whose class attribute is exactly <paramref name="cssClass"/>.</summary>
    private static List<string> TextsOfClass(IDocument document, string cssClass) =>
        document.All
            .Where(element => element.GetAttribute("class") == cssClass)
            .Select(PlainText)
            .Where(text => text.Length > 0)
            .ToList();

    private static string PlainText(IElement element)
    {
        // Text nodes are joined with spaces, so "a<br>b" keeps its words apart, which leaves "closed Monday ."
        // after a link; the parser has already decoded the entities.
        var text = new StringBuilder();
        foreach (var node in element.Descendants<IText>())
        {
            text.Append(' ').Append(node.Data);
        }

        var spaced = Whitespace().Replace(text.ToString().Replace('\u00A0', ' '), " ");
        return SpaceBeforePunctuation().Replace(spaced, "$1").Trim();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\s+([.,;:!?])")]
    private static partial Regex SpaceBeforePunctuation();
}
