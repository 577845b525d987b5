namespace Parley.Storage.Linking;

/// <summary>
/// Counts how the reports of one happening (events sharing a cluster key) tell it: its independent sources
/// and its modality. An article and its copies are one source: each report counts as the outlet of its
/// group's original (an outlet-less original counts as itself), so a syndicated copy adds nothing. Each
/// report takes a stance (<see cref="StanceOf(string, bool, bool)"/>); the happening is then <c>disputed</c> when it is both
/// asserted or claimed and denied, <c>confirmed</c> when asserted by two independent sources, <c>reported</c>
/// by one, <c>claimed</c> when only claimed, <c>speculative</c> when only speculated about, and <c>negated</c>
/// when only denied. Every back end reads its counts with its SQL (<see cref="IHappeningTallies"/>) and leaves the verdict to this class.
/// </summary>
internal sealed class HappeningTally
{
    private readonly HashSet<long> units = [];
    private readonly HashSet<long> asserting = [];
    private bool denied, claimed, speculated;

    /// <summary>How one report tells its happening. The numbers are stored (PostgreSQL's <c>events.stance</c>): never renumber.</summary>
    public enum Stance
    {
        /// <summary>Told as a fact.</summary>
        Asserted = 0,

        /// <summary>Told as said by one of the happening's own participants.</summary>
        Claimed = 1,

        /// <summary>Told as future, hypothetical or hedged.</summary>
        Speculated = 2,

        /// <summary>Told as not having happened.</summary>
        Denied = 3,
    }

    /// <summary>
    /// The stance of a report of <paramref name="modality"/>, <paramref name="hedged"/> or not, whose attribution
    /// names one of the event's own participants (<paramref name="attributedToParticipant"/>).
    /// </summary>
    public static Stance StanceOf(string modality, bool hedged, bool attributedToParticipant) => modality switch
    {
        "negated" => Stance.Denied,
        "future" or "hypothetical" => Stance.Speculated,
        _ when hedged => Stance.Speculated,
        _ when attributedToParticipant => Stance.Claimed,
        _ => Stance.Asserted,
    };

    /// <summary>How event <paramref name="e"/> tells its happening; a claim when its attribution names one of its own participants.</summary>
    public static Stance StanceOf(Parley.Events.PloverEvent e) =>
        StanceOf(PreparedDocument.ModalityName(e.Modality), e.Hedged,
            e.AttributionSource is { } source && (e.Actors.Exists(p => p.Code == source) || e.Recipients.Exists(p => p.Code == source)));

    /// <summary>Adds a report by independent source <paramref name="unit"/>.</summary>
    public void Add(long unit, Stance stance)
    {
        units.Add(unit);
        switch (stance)
        {
            case Stance.Asserted:
                asserting.Add(unit);
                break;
            case Stance.Claimed:
                claimed = true;
                break;
            case Stance.Speculated:
                speculated = true;
                break;
            default:
                denied = true;
                break;
        }
    }

    /// <summary>Distinct independent sources among the reports.</summary>
    public int Sources => units.Count;

    /// <summary>confirmed, reported, claimed, speculative, disputed or negated.</summary>
    public string Modality =>
        denied && (asserting.Count > 0 || claimed) ? "disputed"
        : asserting.Count >= 2 ? "confirmed"
        : asserting.Count > 0 ? "reported"
        : claimed ? "claimed"
        : speculated ? "speculative"
        : "negated";

    /// <summary>
    /// The tally of every happening in <paramref name="reports"/> (cluster key, independent source, stance).
    /// </summary>
    public static Dictionary<string, HappeningTally> Of(IEnumerable<(string Key, long Unit, Stance Stance)> reports)
    {
        var tallies = new Dictionary<string, HappeningTally>(StringComparer.Ordinal);
        foreach (var (key, unit, stance) in reports)
        {
            if (!tallies.TryGetValue(key, out var tally))
                tallies[key] = tally = new HappeningTally();
            tally.Add(unit, stance);
        }
        return tallies;
    }
}
