using BostonInfo.Skill.CityData;

namespace Build.CityServices;

/// <summary>
/// One feature of the skill and the request it depends on, made with the skill's own clients so the check sends
/// exactly what the skill sends. The probe returns what it found, or throws what went wrong.
/// </summary>
public sealed record CityFeatureCheck(string Feature, string Service, Func<CityDataClients, CancellationToken, Task<string>> Probe);
