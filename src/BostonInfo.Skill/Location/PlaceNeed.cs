namespace BostonInfo.Skill.Location;

/// <summary>What kind of place a question is about, which decides what the location pipeline accepts.</summary>
public enum PlaceNeed
{
    /// <summary>
    /// A building (trash day, polling place): only a street address with a house number that the geocoder matches
    /// to a house number will do. A bare street, a ZIP code or a device's position would give the centre of a
    /// street or an area, whose schedule or precinct can be another building's.
    /// </summary>
    StreetAddress,

    /// <summary>Somewhere to search around ("near me"): any Boston place, including a moving device's position.</summary>
    NearMe,
}
