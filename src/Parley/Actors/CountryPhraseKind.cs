namespace Parley.Actors;

/// <summary>How a phrase of <c>actors/countries.tsv</c> refers to its country.</summary>
public enum CountryPhraseKind : byte
{
    /// <summary>A name of the country ("Ukraine", "the US").</summary>
    Name,
    /// <summary>An adjective or singular demonym ("Ukrainian", "Polish").</summary>
    Demonym,
    /// <summary>A plural noun for its people ("Ukrainians").</summary>
    People,
    /// <summary>Its capital, which as an actor stands for the government ("Kyiv said").</summary>
    Capital,
    /// <summary>A seat of power or institution named by place ("the Kremlin", "the Pentagon").</summary>
    Metonym,
    /// <summary>A state body known by its own proper name ("the Knesset", "Congress"): a metonym that names itself.</summary>
    Institution,
    /// <summary>
    /// A one-word short form read only as "the" + it alone, in a story that has named the country or its namesake
    /// ("the South" once either Korea is named).
    /// </summary>
    ShortForm,
}
