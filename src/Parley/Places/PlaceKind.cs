namespace Parley.Places;

/// <summary>What sort of place a gazetteer entry is.</summary>
public enum PlaceKind : byte
{
    /// <summary>A sovereign state (or Taiwan, Kosovo, Palestine).</summary>
    Country,
    /// <summary>A first-level administrative region: oblast, governorate, province, state.</summary>
    Admin1,
    /// <summary>An informal or geographic region ("Donbas", "Gaza Strip", "Red Sea").</summary>
    Region,
    /// <summary>A national capital.</summary>
    Capital,
    /// <summary>A city.</summary>
    City,
    /// <summary>A town, village, district, camp, crossing, base or facility.</summary>
    Locality,
}
