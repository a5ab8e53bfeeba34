using System.Globalization;
using BostonInfo.Skill.CityData;
using BostonInfo.Skill.CityData.OpenData;
using BostonInfo.Skill.Protocol.Responses;
using BostonInfo.Skill.Routing;

namespace BostonInfo.Skill.Handlers;

/// <summary>LatestThreeOneOne: the newest reports to Boston 311, as many as asked (3 unless told, at most 10).</summary>
public sealed class LatestThreeOneOneHandler : CityDataHandler
{
    public const string CountSlot = "number_requests";
    public const int DefaultCount = 3;
    public const int MaxCount = 10;

    /// <summary>A new table appears once a year; a day-old answer to "which one is current" is good enough.</summary>
    public static readonly TimeSpan TableLifetime = TimeSpan.FromDays(1);

    private readonly OpenDataClient _openData;
    private readonly CachedFetch<ServiceRequestTable> _currentTable;

    public LatestThreeOneOneHandler(SkillServices services)
        : base(services)
    {
        _openData = services.CityData.OpenData;
        _currentTable = new CachedFetch<ServiceRequestTable>(TableLifetime, _openData.GetCurrentServiceRequestsTableAsync, _ => true, services.Time);
    }

    public override IReadOnlyCollection<string> IntentNames { get; } = ["LatestThreeOneOne"];

    public override string CardTitle => "311 Reports";

    public override string UnavailableSpeech =>
        "Sorry, I can't reach the city's three one one reports right now. Please try again in a little while.";

    public const string NoReportsSpeech = "I couldn't find any recent three one one reports.";

    /// <summary>The number the user asked for; a missing, non-numeric or non-positive value means the default.</summary>
    public static int RequestedCount(string? spoken) =>
        int.TryParse(spoken, NumberStyles.Integer, CultureInfo.InvariantCulture, out var count) && count > 0
            ? Math.Min(count, MaxCount)
            : DefaultCount;

    public static string IntroductionSpeech(int count) =>
        count == 1 ? "Here is the latest report to Boston three one one." : $"Here are the {count} latest reports to Boston three one one.";

    public static string ReportSpeech(ServiceRequest report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var what = report.Type ?? "a request";
        var where = report.Street is null ? "" : $" on {report.Street}";
        var who = report.Subject is null ? "" : $", for the {report.Subject}";
        return $"{what}{where}{who}.";
    }

    protected override async Task<SkillResponse> AnswerAsync(HandlerInput input, CancellationToken cancellationToken)
    {
        var count = RequestedCount(input.Intent?.SlotValue(CountSlot));
        var table = await _currentTable.GetAsync(cancellationToken).ConfigureAwait(false);
        var reports = await _openData.GetLatestServiceRequestsAsync(table, count, cancellationToken).ConfigureAwait(false);
        if (reports.Count == 0)
        {
            return Final(NoReportsSpeech, input);
        }

        return Final(Listing(IntroductionSpeech(reports.Count), reports.Take(count).Select(ReportSpeech)), input);
    }
}
