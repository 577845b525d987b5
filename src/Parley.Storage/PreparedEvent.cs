namespace Parley.Storage;

/// <summary>The values of an event's row that take more than a field access to compute (see <see cref="PreparedDocument"/>).</summary>
/// <param name="Day">The day it is filed under (YYYY-MM-DD), or null.</param>
/// <param name="ClusterKey">Its happening's key; null when it has no day, and the store keys it by the document's id.</param>
/// <param name="Contexts">Its contexts as a JSON array.</param>
/// <param name="Quantities">Its quantities as a JSON array of {text, value, unit}.</param>
/// <param name="DateValue">Its date's value, or null.</param>
/// <param name="DatePrecision">Its date's precision in lower case, or null.</param>
internal readonly record struct PreparedEvent(string? Day, string? ClusterKey, string Contexts, string Quantities, string? DateValue, string? DatePrecision)
{
    /// <summary>The happening's key as stored for the event <paramref name="localId"/> of document <paramref name="documentId"/>: an undated event is a happening of its own.</summary>
    public string StoredClusterKey(long documentId, string localId) =>
        ClusterKey ?? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"doc{documentId}|{localId}");
}
