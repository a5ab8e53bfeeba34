namespace BostonInfo.Skill;

/// <summary>
/// What handlers may depend on, handed to them at registration (no service locator).
/// </summary>
/// <param name="Settings">The function's settings.</param>
/// <param name="Time">The clock: "today in Boston" must be testable.</param>
/// <param name="HttpHandler">
/// The shared connection pool for the city-data clients; each client wraps it in its own HttpClient
/// (base address, timeout) without disposing it. Tests pass a stub.
/// </param>
public sealed record SkillServices(SkillSettings Settings, TimeProvider Time, HttpMessageHandler HttpHandler);
