namespace BostonInfo.Skill.Location;

/// <summary>The interaction model's slot names that carry location.</summary>
public static class SlotNames
{
    public const string Address = "Address";
    public const string Neighborhood = "Neighborhood";
    public const string Zipcode = "Zipcode";
}
