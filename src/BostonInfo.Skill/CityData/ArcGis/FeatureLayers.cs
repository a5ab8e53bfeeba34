namespace BostonInfo.Skill.CityData.ArcGis;

/// <summary>The city's feature layers, relative to BOSTON_ARCGIS_URL, and the fields the skill reads.</summary>
public static class FeatureLayers
{
    public const string FoodTrucks = "food_truck_schedule/FeatureServer/0";
    public const string FarmersMarkets = "Farmers_Markets_Fresh_Trucks_View/FeatureServer/0";
    public const string Precincts = "Precincts_2017/FeatureServer/0";
    public const string PollingPlaces = "Polling_Locations/FeatureServer/0";
    public const string SnowParking = "Snow_Emergency_Parking/FeatureServer/0";
}
