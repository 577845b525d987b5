namespace Parley.Mentions;

/// <summary>What a proper name found by the name matcher can be.</summary>
public enum NameKind : byte
{
    /// <summary>A country by name, demonym, capital or seat of power.</summary>
    Country,
    /// <summary>An organisation or armed group.</summary>
    Organisation,
    /// <summary>An office-holder.</summary>
    Person,
    /// <summary>A place of the gazetteer.</summary>
    Place,
}
