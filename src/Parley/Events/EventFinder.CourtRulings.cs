using System.Collections.Frozen;
using Parley.Documents;
using Parley.Mentions;

namespace Parley.Events;

public sealed partial class EventFinder
{
    // Answers to a court's decision: refusing it, welcoming it, condemning it.
    private static readonly FrozenSet<string> RulingAnswerTypes = FrozenSet.Create(StringComparer.Ordinal, "REJECT", "SUPPORT", "ACCUSE");

    /// <summary>
    /// "Hasina rejected the verdict", "Moscow would disregard the ruling", "the Palestinians welcomed the opinion": an
    /// answer naming no one whose object is what a court decided (a definite noun of <c>events/response-cues.tsv</c>) is
    /// aimed at the court that decided it, the latest court named before it in the story that is not the answering side.
    /// The ruling itself is seldom an event of its own ("the court said … is illegal"), so the court is sought among the
    /// names, not the acts.
    /// </summary>
    private void AnswerCourtRuling(Document document, PloverEvent e, int first, int end, Sentence sentence)
    {
        if (e.Recipients.Count > 0 || e.Actors.Count == 0 || !RulingAnswerTypes.Contains(e.Category.Type)
            || !NamesRuling(document, first, end, sentence))
            return;
        var cueStart = document.Tokens[first].Start;
        Mention? court = null;
        foreach (var m in document.Mentions)
        {
            if (m.Start >= cueStart)
                break;
            if (m.Actor is { Sector: "JUD" } judges && !e.Actors.Exists(a => a.Code == judges.Code && a.Sector == judges.Sector))
            {
                court = m;
                break;
            }
        }
        if (court?.Actor is not { } actor)
            return;
        e.Recipients.Add(new Participant(court.Start, court.End, actor.Code, actor.Sector, actor.Name));
        e.Explanations["recipient"] = $"events: the object is a court's decision; it is aimed at the court named before ({document.Text[court.Start..court.End]})";
    }

    /// <summary>
    /// Whether the event's object, a noun phrase opening with a definite determiner within or right after its words
    /// ("rejected the verdict", "called the ruling a vendetta"), names a court's decision.
    /// </summary>
    private bool NamesRuling(Document document, int first, int end, Sentence sentence)
    {
        var determiners = DefiniteDeterminers.GetAlternateLookup<ReadOnlySpan<char>>();
        var prepositions = Prepositions.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var d = first + 1; d <= end && d < sentence.EndToken; d++)
        {
            if (!determiners.Contains(document.MatchWord(d)))
                continue;
            for (var i = d + 1; i < Math.Min(sentence.EndToken, d + 1 + NounPhraseReach); i++)
            {
                if (document.Tokens[i].Kind is TokenKind.Punctuation or TokenKind.Terminal || prepositions.Contains(document.MatchWord(i)))
                    return false;
                if (lexicon.Responses.Word(document.MatchWord(i)).Contains(ResponseCue.Ruling))
                    return true;
            }
            return false;
        }
        return false;
    }
}
