using BostonInfo.Skill.CityData;
using BostonInfo.Skill.Location;
using BostonInfo.Skill.Logging;
using BostonInfo.Skill.Speech;

namespace BostonInfo.Skill;

/// <summary>
/// What handlers may depend on, handed to them at registration (no service locator). Built once per function
/// instance, so the clients, their connection pool and the caches live across warm invocations.
/// </summary>
public sealed class SkillServices
{
    /// <param name="settings">The function's settings.</param>
    /// <param name="time">The clock: "today in Boston" must be testable.</param>
    /// <param name="httpHandler">
    /// The shared connection pool for the city-data clients; each client wraps it in its own HttpClient
    /// (base address, timeout) without disposing it. Tests pass a stub.
    /// </param>
    /// <param name="log">Where handlers report a city service that failed (never with personal data).</param>
    public SkillServices(SkillSettings settings, TimeProvider time, HttpMessageHandler httpHandler, ISkillLog log)
    {
        Settings = settings ?? throw new ArgumentNullException(nameof(settings));
        Time = time ?? throw new ArgumentNullException(nameof(time));
        Log = log ?? throw new ArgumentNullException(nameof(log));
        CityData = new CityDataClients(settings, httpHandler ?? throw new ArgumentNullException(nameof(httpHandler)));
        Location = new LocationResolver(CityData.Geocoder, CityData.DeviceAddress, time);
        Calendar = new BostonCalendar(time);
    }

    public SkillSettings Settings { get; }

    public TimeProvider Time { get; }

    public ISkillLog Log { get; }

    public CityDataClients CityData { get; }

    public LocationResolver Location { get; }

    public BostonCalendar Calendar { get; }
}
