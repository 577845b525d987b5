using System.Collections.Frozen;
using Parley.Documents;

namespace Parley.Events;

public sealed partial class EventFinder
{
    /// <summary>
    /// "jets struck the negotiators in Doha, a raid that shook the Gulf", "detained three officers on Wednesday, an arrest the
    /// premier called a kidnapping": a one-word event noun set after a comma with "a" or "an", in apposition to a clause that
    /// has told an act of its type, names that act again; it is no second act.
    /// </summary>
    private static bool RetellsInApposition(Document document, (PloverEvent Event, int First, int End) cue, List<(PloverEvent Event, int First, int End)> found,
        Sentence sentence)
    {
        var article = cue.First - 1;
        if (cue.End - cue.First != 1 || article - 1 <= sentence.FirstToken
            || !IndefiniteArticles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.MatchWord(article))
            || document.MatchWord(article - 1) is not ","
            // A comma, "and" or "or" after it would make it one item of a list ("imposed a travel ban, an asset freeze and …").
            || (cue.End < sentence.EndToken && (document.MatchWord(cue.End) is "," || ListContinuations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.MatchWord(cue.End)))))
            return false;
        return found.Exists(f => f.End < article && f.Event.Category.Type == cue.Event.Category.Type && f.Event.Pattern.Form == EventForm.Verb);
    }

    private static readonly FrozenSet<string> IndefiniteArticles = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "a", "an");
}
