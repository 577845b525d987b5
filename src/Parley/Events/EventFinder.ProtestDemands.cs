using Parley.Documents;
using Parley.Mentions;

namespace Parley.Events;

public sealed partial class EventFinder
{
    /// <summary>
    /// Whom an event that takes no object is directed at: the actors of an "against" phrase soon after its cue
    /// ("thousands rallied in Bratislava on Friday against Prime Minister Robert Fico's policy").
    /// </summary>
    private static List<MentionSpan> OpposedParty(SentenceClauses clause, int end)
    {
        for (var i = end; i < clause.Sentence.EndToken && i - end <= ObjectReach; i++)
        {
            if (clause.Word(i).Equals("against", StringComparison.OrdinalIgnoreCase))
                return Breaks(clause, end, i) ? [] : ObjectGroup(clause, i + 1, MentionKind.Actor, reach: 1);
        }
        return [];
    }

    /// <summary>
    /// Whom a protest makes its demand of: the party a "demanding that" clause acts through ("gathered outside the
    /// base, demanding that French troops leave Niger", "to demand that the school divest", "urging the government to resign").
    /// </summary>
    private static List<MentionSpan> DemandedParty(SentenceClauses clause, int end)
    {
        var demand = Demand(clause.Document, end, clause.Sentence);
        if (demand < 0)
            return [];
        // Not "demanding the release of Imamoglu": whom a demanded act is for is not whom it is demanded of.
        var start = clause.Is(demand + 1, ObjectRelatives) ? demand + 2 : demand + 1;
        return ObjectGroup(clause, start, MentionKind.Actor, reach: 1);
    }

    /// <summary>The token of the demand word ("demanding", "to demand") soon after a protest's cue ending at <paramref name="end"/>, in its clause; −1 if none.</summary>
    private static int Demand(Document document, int end, Sentence sentence)
    {
        for (var i = end; i < sentence.EndToken && i - end <= DemandReach; i++)
        {
            if (ClauseBreaks.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.MatchWord(i)))
                return -1;
            if (DemandWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.MatchWord(i)))
                return i;
        }
        return -1;
    }

    /// <summary>
    /// "gathered in Belgrade, demanding that the prime minister resign": what a protest demands is its topic, told
    /// with it; neither the demand nor the act demanded is an event of its own (as PLOVER codes protests).
    /// </summary>
    private static void DropProtestDemands(Document document, Sentence sentence, List<(PloverEvent Event, int First, int End)> found)
    {
        foreach (var protest in found.FindAll(f => f.Event.Category.Type == "PROTEST"))
        {
            var demand = Demand(document, protest.End, sentence);
            if (demand < 0)
                continue;
            var thatClause = ObjectRelatives.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.MatchWord(demand + 1));
            found.RemoveAll(f => f.First == demand
                                 || (thatClause && f.Event.Pattern.Form == EventForm.Verb && f.First > demand + 1 && f.First - demand <= DemandedActReach));
        }
    }
}
