using System.Collections.Frozen;
using Parley.Documents;

namespace Parley.Events;

public sealed partial class EventMerger
{
    // Words that make a promise: the act of promising happened, and what it promises is still to come.
    private static readonly FrozenSet<string> PledgingWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "pledge", "pledges", "pledged", "pledging", "offer", "offers", "offered", "offering", "commit", "commits", "committed",
        "committing", "promise", "promises", "promised", "promising", "vow", "vows", "vowed");

    // Words of giving: what a promise of help promises.
    private static readonly FrozenSet<string> GivingWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "give", "provide", "send", "supply", "deliver", "grant", "hand");

    /// <summary>
    /// "Washington pledges $500 million to Manila" and then "The United States will give the Philippines $500 million": the
    /// pledge told as done, and then what it promises told as to come, is one promise, coded once as the pledge. A giving verb
    /// told to come, by the pledge's givers (or some of them) to its receivers (or with a receiver untold on one side), retells
    /// an agreement an earlier cue told as pledged, though its words alone make it aid to come (AID, coded AGREE as a promise).
    /// </summary>
    private static bool RetoldPledge(Document document, PloverEvent k, PloverEvent e) =>
        k.PloverCategory.Type == "AGREE" && e.PloverCategory.Type == "AGREE" && k.Modality == EventModality.Asserted && e.Modality == EventModality.Future
        && e.Pattern.Form == EventForm.Verb && k.Actors.Count > 0 && e.Actors.Count > 0 && Covers(k.Actors, e.Actors)
        && (k.Recipients.Count == 0 || e.Recipients.Count == 0 || Compatible(k.Recipients, e.Recipients))
        && CueWord(document, k, PledgingWords) is { } pledged && !TellsPromiseItself(document, pledged) && CueWord(document, e, GivingWords) is not null;

    /// <summary>The token of the cue that is one of <paramref name="words"/>, if any.</summary>
    private static int? CueWord(Document document, PloverEvent e, FrozenSet<string> words) =>
        CueToken(document, e, i => words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.MatchWord(i)));

    /// <summary>The first token of <paramref name="e"/>'s cue that <paramref name="matches"/>, if any.</summary>
    private static int? CueToken(Document document, PloverEvent e, Func<int, bool> matches)
    {
        if (document.CharSpan(e.Trigger.Start, e.Trigger.End, Alignment.Expand) is not { } span)
            return null;
        for (var i = span.First; i < span.End; i++)
        {
            if (matches(i))
                return i;
        }
        return null;
    }

    /// <summary>
    /// "promising that Britain would stand by Ukraine": a pledge whose clause tells what it promises is that promise, and
    /// a giving told later ("Britain will provide £3 billion a year") is another.
    /// </summary>
    private static bool TellsPromiseItself(Document document, int pledged) =>
        pledged + 1 < document.Tokens.Length && document.MatchWord(pledged + 1).Equals("that", StringComparison.OrdinalIgnoreCase);
}
