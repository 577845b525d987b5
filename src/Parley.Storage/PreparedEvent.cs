using Parley.Storage.Linking;

namespace Parley.Storage;

/// <summary>The values of an event's row that take more than a field access to compute (see <see cref="PreparedDocument"/>).</summary>
/// <param name="Day">The day it is filed under (YYYY-MM-DD), or null.</param>
/// <param name="Happening">What it brings to clustering; null when it has no day, and it is a happening of its own.</param>
/// <param name="Contexts">Its contexts as a JSON array.</param>
/// <param name="Quantities">Its quantities as a JSON array of {text, value, unit}.</param>
/// <param name="DateValue">Its date's value, or null.</param>
/// <param name="DatePrecision">Its date's precision in lower case, or null.</param>
internal readonly record struct PreparedEvent(string? Day, HappeningSign? Happening, string Contexts, string Quantities, string? DateValue, string? DatePrecision)
{
    /// <summary>
    /// The key of the happening the event <paramref name="localId"/> of document <paramref name="documentId"/> founds:
    /// its sign's, or one of its own when undated. The happening it joins is <see cref="HappeningLinker"/>'s to decide.
    /// </summary>
    public string FoundingKey(long documentId, string localId) =>
        Happening?.Key ?? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"doc{documentId}|{localId}");
}
