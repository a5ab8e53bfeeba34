namespace BostonInfo.Skill.CityData.ArcGis;

/// <summary>
/// The city's feature layers, relative to BOSTON_ARCGIS_URL (the city's ArcGIS Online organisation
/// sFnw0xNflSi8J0uh). Each name is one the original skill queried on that organisation; docs/city-data.md
/// says where each was confirmed and what is still unverified (the 2017 precincts predate the 2022 redistricting).
/// </summary>
public static class FeatureLayers
{
    public const string FoodTrucks = "food_truck_schedule/FeatureServer/0";
    public const string FarmersMarkets = "Farmers_Markets_Fresh_Trucks_View/FeatureServer/0";
    public const string Precincts = "Precincts_2017/FeatureServer/0";
    public const string PollingPlaces = "polling_locations_2017/FeatureServer/0";
    public const string SnowParking = "SnowParking/FeatureServer/0";
}
