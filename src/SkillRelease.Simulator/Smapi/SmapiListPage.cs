using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace SkillRelease.Simulator.Smapi;

/// <summary>
/// One page of a SMAPI list: <c>maxResults</c> (1–50, default 50) and <c>nextToken</c> from the query (the token is
/// the offset, which only this simulator knows), and the <c>_links</c>, <c>isTruncated</c> and <c>nextToken</c> of the answer.
/// </summary>
internal sealed record SmapiListPage<T>(IReadOnlyList<T> Items, int Start, int Total)
{
    public static SmapiListPage<T> From(IReadOnlyList<T> all, IQueryCollection query)
    {
        var maxResults = int.TryParse(query["maxResults"], CultureInfo.InvariantCulture, out var max) ? max : 50;
        var start = int.TryParse(query["nextToken"], CultureInfo.InvariantCulture, out var offset) ? offset : 0;
        if (maxResults is < 1 or > 50 || start < 0)
        {
            throw SmapiError.BadRequest("The request is not valid.", [new Violation("INVALID_REQUEST_PARAMETER", "maxResults must be 1..50 and nextToken one this API returned.")]);
        }

        return new SmapiListPage<T>([.. all.Skip(start).Take(maxResults)], start, all.Count);
    }

    /// <summary>The answer: <paramref name="field"/> holds the page's items, as <paramref name="write"/> shapes them.</summary>
    public JsonObject Answer(string self, string field, Func<T, JsonNode> write)
    {
        var truncated = Start + Items.Count < Total;
        var list = new JsonObject
        {
            ["_links"] = new JsonObject { ["self"] = new JsonObject { ["href"] = self } },
            ["isTruncated"] = truncated,
            [field] = new JsonArray([.. Items.Select(write)]),
        };
        if (truncated)
        {
            list["nextToken"] = (Start + Items.Count).ToString(CultureInfo.InvariantCulture);
        }

        return list;
    }
}
