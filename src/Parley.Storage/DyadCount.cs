namespace Parley.Storage;

/// <summary>Events of one actor towards one recipient.</summary>
/// <param name="Actor">Actor code.</param>
/// <param name="Recipient">Recipient code.</param>
/// <param name="Events">How many.</param>
/// <param name="MeanScore">Mean PLOVER score: below 0 conflict, above 0 cooperation.</param>
public sealed record DyadCount(string Actor, string Recipient, long Events, double MeanScore);
