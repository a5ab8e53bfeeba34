using System.Text.Json.Serialization;
using BostonInfo.Skill.CityData.Alexa;
using BostonInfo.Skill.CityData.ArcGis;
using BostonInfo.Skill.CityData.Feedback;
using BostonInfo.Skill.CityData.Geocoding;
using BostonInfo.Skill.CityData.OpenData;
using BostonInfo.Skill.CityData.ReCollect;

namespace BostonInfo.Skill.CityData;

/// <summary>
/// Source-generated JSON metadata for the city data services' formats (AOT-ready, like SkillJsonContext).
/// Case-insensitive: the services are not consistent about the case of their field names.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    PropertyNameCaseInsensitive = true,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(GeocodeResponse))]
[JsonSerializable(typeof(ReverseGeocodeResponse))]
[JsonSerializable(typeof(DeviceAddress))]
[JsonSerializable(typeof(List<ReCollectSuggestion>))]
[JsonSerializable(typeof(ReCollectPlace))]
[JsonSerializable(typeof(CkanResponse<CrimeIncident>))]
[JsonSerializable(typeof(CkanResponse<ServiceRequest>))]
[JsonSerializable(typeof(CkanPackageResponse))]
[JsonSerializable(typeof(CkanSqlQuery))]
[JsonSerializable(typeof(FeatureQueryResponse))]
[JsonSerializable(typeof(WebhookMessage))]
public sealed partial class CityDataJsonContext : JsonSerializerContext
{
}
