namespace Parley.Storage;

/// <summary>The conflict–cooperation index of one dyad in one month: the mean PLOVER score of its events.</summary>
/// <param name="Actor">Actor code.</param>
/// <param name="Recipient">Recipient code.</param>
/// <param name="Month">YYYY-MM.</param>
/// <param name="Events">Events that month.</param>
/// <param name="Index">Mean PLOVER score, −10 (conflict) to +10 (cooperation).</param>
public sealed record DyadMonth(string Actor, string Recipient, string Month, long Events, double Index);
