using Parley.Actors;

namespace Parley.Places;

/// <summary>One place of the gazetteer (<c>places/*.tsv</c>).</summary>
/// <param name="Name">Usual English name.</param>
/// <param name="Kind">Sort of place.</param>
/// <param name="Country">ISO alpha-3 code of its country.</param>
/// <param name="Admin1">First-level region it lies in, when known.</param>
/// <param name="Latitude">Decimal degrees.</param>
/// <param name="Longitude">Decimal degrees.</param>
/// <param name="Population">Approximate population, 0 when unknown; prefers the bigger of two same-named places.</param>
/// <param name="Aliases">Other names used in news.</param>
/// <param name="Line">Where it was defined.</param>
public sealed record PlaceEntry(string Name, PlaceKind Kind, string Country, string? Admin1, double Latitude, double Longitude,
    long Population, IReadOnlyList<string> Aliases, LexiconSource Line);
