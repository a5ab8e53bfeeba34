namespace Benchmarks;

/// <summary>The requests the benchmark sends: every intent of the interaction model, with the slots it needs.</summary>
public static class BenchIntents
{
    /// <summary>A Boston street address the fixture city services know.</summary>
    public const string Address = "1000 Dorchester Avenue";

    public static (string Name, byte[] Request) Launch { get; } = ("LaunchRequest", BenchRequests.Launch());

    public static (string Name, byte[] Request) TrashDay { get; } = WithAddress("TrashDayIntent");

    /// <summary>The built-in intents, then each city intent (the ones that call city services).</summary>
    public static IReadOnlyList<(string Name, byte[] Request)> All { get; } =
    [
        Launch,
        Plain("AMAZON.HelpIntent"),
        Plain("AMAZON.StopIntent"),
        Plain("AMAZON.FallbackIntent"),
        TrashDay,
        WithAddress("SnowParkingIntent"),
        WithAddress("VotingIntent"),
        WithAddress("CrimeIncidentsIntent"),
        WithAddress("FoodTruckIntent"),
        Plain("GetAlertsIntent"),
        Plain("InclementWeatherIntent"),
        Plain("FarmersMarketIntent"),
        ("LatestThreeOneOne", BenchRequests.Intent("LatestThreeOneOne", new Dictionary<string, string> { ["number_requests"] = "3" })),
        ("FeedbackIntent", BenchRequests.Intent("FeedbackIntent", new Dictionary<string, string> { ["Feedback"] = "the trash day answer was right" })),
    ];

    private static (string, byte[]) Plain(string intent) => (intent, BenchRequests.Intent(intent));

    private static (string, byte[]) WithAddress(string intent) =>
        (intent, BenchRequests.Intent(intent, new Dictionary<string, string> { ["Address"] = Address }));
}
