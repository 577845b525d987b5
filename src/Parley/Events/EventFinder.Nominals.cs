using Parley.Documents;
using Parley.Mentions;
using Parley.Places;

namespace Parley.Events;

public sealed partial class EventFinder
{
    /// <summary>
    /// The doer of a noun cue ending in "of" (<c>[first, end)</c>), named by a possessive right before it ("Iran's seizure
    /// of", "India's expulsion of") or by a "by" phrase soon after its "of" phrase ("the release of 90 prisoners by Israel");
    /// empty when neither names one, and the "of" phrase is then the doer itself ("the arrival of the envoy").
    /// </summary>
    private static List<MentionSpan> NominalAgent(SentenceClauses clause, int first, int end)
    {
        // A country read as a place owns its acts too: "Kenya's deployment of police".
        var owner = clause.Mentions.FindLast(m => (m.Mention.Kind == MentionKind.Actor || m.Mention.Place is { Kind: PlaceKind.Country, Country: not null })
                                                  && m.EndToken <= first && m.EndToken >= first - 1);
        if (owner.Mention is not null && (IsCliticAt(clause, owner.EndToken - 1) || (owner.EndToken == first - 1 && IsCliticAt(clause, first - 1))))
            return Coordinated(clause, clause.Mentions.IndexOf(owner), -1);
        for (var i = end; i < clause.Sentence.EndToken && i - end <= ObjectReach; i++)
        {
            if (clause.Is(i, ClauseBreaks) || clause.Word(i) is "," || clause.CueBetween(end, i) || clause.Is(i, ClauseOpeners))
                return [];
            if (clause.Word(i).Equals("by", StringComparison.OrdinalIgnoreCase))
                return ObjectGroup(clause, i + 1, MentionKind.Actor, reach: 1);
        }
        return [];
    }

    private static bool IsCliticAt(SentenceClauses clause, int i) =>
        i >= clause.Sentence.FirstToken && i < clause.Sentence.EndToken && clause.Document.Tokens[i].Kind == TokenKind.Clitic;
}
