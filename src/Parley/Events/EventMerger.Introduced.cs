using System.Collections.Frozen;
using Parley.Documents;

namespace Parley.Events;

public sealed partial class EventMerger
{
    // Articles that bring a new thing into the story: "at a summit in Wales in 2014", "an emergency summit".
    private static readonly FrozenSet<string> IndefiniteArticles = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "a", "an");

    // How many words of description may stand between "a" and a noun cue: "A Russian missile strike", "a second arson attack".
    private const int DescriptionReach = 2;

    /// <summary>
    /// "agreed at a summit in The Hague", "had blocked the deal at a summit in December": a noun cue that opens with "a" brings
    /// a new event into the story, not one told before (where "the summit" would name it again). Past the lead, so does one
    /// whose "a" stands a word or two of description before it ("A Russian missile strike on a training unit … killed 12
    /// soldiers" after an overnight barrage); the lead often brings in the headline's news that way ("carried out an air strike"),
    /// and an act not reported as done is the one spoken of before ("how to blockade the island … an actual blockade was unlikely").
    /// A cause credited with a state ("a stronger Ukraine, courtesy of a defence upgrade") is an act the story may have told.
    /// </summary>
    private static bool Introduced(Document document, PloverEvent e)
    {
        if (e.Pattern.Form != EventForm.Noun || document.CharSpan(e.Trigger.Start, e.Trigger.End, Alignment.Expand) is not { } span
            || CreditPhrase.Before(document, document.Sentences[e.Sentence].FirstToken - 1, span.First))
            return false;
        var articles = IndefiniteArticles.GetAlternateLookup<ReadOnlySpan<char>>();
        if (span.End - span.First > 1 && articles.Contains(document.MatchWord(span.First)))
            return true;
        if (document.Sentences[e.Sentence].Block <= LeadBlock || e.Modality is not (EventModality.Asserted or EventModality.Historical))
            return false;
        var first = document.Sentences[e.Sentence].FirstToken;
        for (var i = span.First - 1; i >= first && span.First - i <= DescriptionReach + 1; i--)
        {
            var word = document.MatchWord(i);
            if (articles.Contains(word))
                return span.First - i > 1;
            if (word.IsEmpty || !char.IsLetterOrDigit(word[0]))
                return false;
        }
        return false;
    }

    /// <summary>
    /// An event brought in with "a" is told again only by its own noun: "a summit in December" is not the "breakfast meeting"
    /// held on its sidelines, nor the session of a council the summit hosted.
    /// </summary>
    private static bool NamedByOtherNoun(Document document, PloverEvent k, PloverEvent e) =>
        Introduced(document, k) && document.CharSpan(k.Trigger.Start, k.Trigger.End, Alignment.Expand) is { } own
        && document.CharSpan(e.Trigger.Start, e.Trigger.End, Alignment.Expand) is { } other
        && !document.MatchWord(own.End - 1).Equals(document.MatchWord(other.End - 1), StringComparison.OrdinalIgnoreCase);
}
