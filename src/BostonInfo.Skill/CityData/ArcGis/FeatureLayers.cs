namespace BostonInfo.Skill.CityData.ArcGis;

/// <summary>
/// The city's feature layers, relative to BOSTON_ARCGIS_URL. The names are the ones skill-survey.md records;
/// it flags the precinct layer as redrawn in 2022 and the polling places as moved off their old MapServer, so
/// these two are the first to check against the live services (they could not be reached from here).
/// </summary>
public static class FeatureLayers
{
    public const string FoodTrucks = "food_truck_schedule/FeatureServer/0";
    public const string FarmersMarkets = "Farmers_Markets_Fresh_Trucks_View/FeatureServer/0";
    public const string Precincts = "Precincts_2017/FeatureServer/0";
    public const string PollingPlaces = "Polling_Locations/FeatureServer/0";
    public const string SnowParking = "Snow_Emergency_Parking/FeatureServer/0";
}
