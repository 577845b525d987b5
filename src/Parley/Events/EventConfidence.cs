namespace Parley.Events;

/// <summary>
/// How sure Parley is of an event's coding, from 0 to 1. It grows with the evidence and never shrinks
/// when evidence is added: a base for a cue, more when the cue is several words, when the actor and
/// recipient were found in the sentence itself, when place and date are known, and for every further
/// mention; less when the actor was carried from another sentence. Whether the event happened is not part
/// of it — that is <see cref="PloverEvent.Modality"/>.
/// </summary>
public static class EventConfidence
{
    /// <summary>The confidence of an event.</summary>
    public static double Of(PloverEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var score = 0.35;
        if (e.Actors.Count > 0)
            score += e.ActorsCarried ? 0.10 : 0.20;
        if (e.Recipients.Count > 0 || e.Pattern.Roles is RoleFrame.Subject or RoleFrame.Parties)
            score += 0.10;
        if (e.Location is not null)
            score += 0.05;
        if (e.Date is not null)
            score += 0.05;
        if (e.Pattern.Text.Contains(' ', StringComparison.Ordinal))
            score += 0.10;
        score += Math.Min(0.15, 0.05 * (e.Evidence.Count - 1));
        return Math.Round(Math.Clamp(score, 0.05, 0.95), 2);
    }
}
