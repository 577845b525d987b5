using System.Collections.Frozen;
using Parley.Documents;
using Parley.Mentions;

namespace Parley.Events;

/// <summary>
/// A date the finder gave an act that says when something else happened: "frees researcher abducted in Baghdad in 2023"
/// (the abduction's year), "concluded that Tehran had directed two arson attacks last year" (the attacks' year), "waived a
/// 1992 provision" (the provision's year). Such a date neither dates the act nor sets it in the background.
/// </summary>
internal static class BorrowedDate
{
    // Words before a year that make it describe the noun after it: "a 1992 provision", "the 2018 peace deal", "its 1951 treaty".
    private static readonly FrozenSet<string> NounDeterminers = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "a", "an", "the", "its", "their", "his", "her", "this", "that");

    /// <summary>Whether <paramref name="e"/>'s date is another act's, or a thing's, rather than its own.</summary>
    public static bool Of(Document document, PloverEvent e) =>
        e.Date is { } date && ((date.Start > e.Trigger.Start && DescribesNoun(document, date))
                               || (date.Start >= e.Trigger.End && NearerAct(document, e, date) is not null));

    /// <summary>
    /// "a 1992 provision", "the 2018 peace deal": a year between a determiner and a word is the time of the thing that word
    /// names, within the cue ("waived a 1992 provision") or after it; unless a preposition of time leads that thing ("seized
    /// power in a 2021 coup"). (A year before the cue's own noun, "the 2023 riots", dates it.)
    /// </summary>
    private static bool DescribesNoun(Document document, Mention date)
    {
        if (date.Time?.Precision != TimePrecision.Year || document.CharSpan(date.Start, date.End, Alignment.Expand) is not { } span
            || span.End - span.First != 1)
            return false;
        var after = document.MatchWord(span.End);
        return NounDeterminers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.MatchWord(span.First - 1))
               && !TimePrepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.MatchWord(span.First - 2))
               && after.Length > 1 && char.IsLetter(after[0]);
    }

    // Prepositions that make a thing's year the act's time: "seized power in a 2021 coup", "during the 2022 war".
    private static readonly FrozenSet<string> TimePrepositions = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "in", "during", "since", "after", "before", "at");

    // Words that set what follows in the time of the act before them: "has asked allies for jets since the invasion in
    // February 2022", "taken prisoner during border fighting in September 2022".
    private static readonly FrozenSet<string> SpanWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "since", "during", "amid", "including");

    // Words that join a second act of the same clause, dated with the first: "imposed a curfew and deployed the army on Saturday".
    private static readonly FrozenSet<string> Coordinators = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "and", "or", "but", "then");

    // Words that open the clause of a noun's act: "concluded that Tehran had directed two arson attacks last year".
    private static readonly FrozenSet<string> ClauseOpeners = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "that", "who", "which", "whom");

    /// <summary>
    /// The act of the same sentence whose cue stands between <paramref name="e"/>'s cue and the date, and which the finder
    /// dated by it too: the date is the nearer act's ("released the researcher abducted in 2023"), unless a conjunction joins
    /// it to the first as another act of its clause. A noun's act is one of its own clause only after a word that opens one ("concluded that … two arson attacks last year", where "over the execution
    /// in 1988" may tell when the act was); nor is an act in the span of time of the first ("since the invasion in 2022").
    /// </summary>
    private static PloverEvent? NearerAct(Document document, PloverEvent e, Mention date)
    {
        foreach (var o in document.Events)
        {
            if (o == e || o.Sentence != e.Sentence || o.Date != date || o.Trigger.Start < e.Trigger.End || o.Trigger.End > date.Start
                || document.CharSpan(e.Trigger.Start, e.Trigger.End, Alignment.Expand) is not { } own
                || document.CharSpan(o.Trigger.Start, o.Trigger.End, Alignment.Expand) is not { } nearer
                || WordBetween(document, own.End, nearer.First, SpanWords) || WordBetween(document, own.End, nearer.First, Coordinators))
                continue;
            // A verb's word after a determiner is a noun: "condemned the attack on Sunday" dates the condemnation.
            var verb = o.Pattern.Form == EventForm.Verb && !NounDeterminers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.MatchWord(nearer.First - 1));
            if (verb || WordBetween(document, own.End, nearer.First, ClauseOpeners))
                return o;
        }
        return null;
    }

    private static bool WordBetween(Document document, int from, int to, FrozenSet<string> words)
    {
        for (var i = from; i < to; i++)
        {
            if (words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.MatchWord(i)))
                return true;
        }
        return false;
    }
}
