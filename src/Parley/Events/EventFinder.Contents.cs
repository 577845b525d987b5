using Parley.Documents;

namespace Parley.Events;

public sealed partial class EventFinder
{
    // How far after the "that" of an agreement the acts agreed on may start ("agreeing that their security forces would work together").
    private const int AgreedActReach = 8;

    // How far after a condemnation the name it gives an act may reach ("denounced the decision as a reward for hostage-taking").
    private const int NameGivenReach = 10;

    /// <summary>
    /// What a statement says is part of it, not an act told beside it:
    /// <list type="bullet">
    /// <item>"agreeing that their security forces would work together", "agreed that rich nations should provide $300 billion":
    /// the cooperative acts of an agreement's "that" clause are what was agreed, one AGREE (as "agreed to" takes its infinitive);
    /// a hostile one stays an event ("promising that the enemy would pay an unprecedented price" threatens);</item>
    /// <item>"agreed to resume regular visits", "agreed to resume direct flights and reopen border trade points": the acts an
    /// agreement's infinitive names are what was agreed, unless a preposition makes them its setting;</item>
    /// <item>"denounced the decision as a reward for hostage-taking", "condemned the deal as a surrender": the name a
    /// condemnation gives the act it condemns is no act of its own.</item>
    /// </list>
    /// </summary>
    private static void DropStatementContents(Document document, Sentence sentence, List<(PloverEvent Event, int First, int End)> found)
    {
        // Most sentences tell no agreement or condemnation: they need no set of contents.
        if (!found.Exists(f => f.Event.Category.Type is "AGREE" or "ACCUSE"))
            return;
        var contents = new HashSet<PloverEvent>(ReferenceEqualityComparer.Instance);
        foreach (var statement in found)
        {
            var start = statement.Event.Category.Type switch
            {
                "AGREE" => AgreedContentStart(document, sentence, statement),
                "ACCUSE" => NameGivenStart(document, sentence, statement),
                _ => -1,
            };
            var infinitive = false;
            if (start < 0 && statement.Event.Category.Type == "AGREE")
            {
                start = AgreedInfinitiveStart(document, statement);
                infinitive = true;
            }
            if (start < 0)
                continue;
            foreach (var act in found)
            {
                if (act.First >= start && (!infinitive || !SettingBetween(document, start, act.First))
                    && (statement.Event.Category.Type == "ACCUSE" || act.Event.Category.Score > 0)
                    && !ContentEndsBetween(document, start, act.First)
                    && act.First - start <= (statement.Event.Category.Type == "AGREE" ? AgreedActReach : NameGivenReach))
                    contents.Add(act.Event);
            }
        }
        found.RemoveAll(f => contents.Contains(f.Event));
    }

    /// <summary>Where the "that" clause of an agreement's verb starts: right after its "that" (within the cue or just after it); -1 when it has none.</summary>
    private static int AgreedContentStart(Document document, Sentence sentence, (PloverEvent Event, int First, int End) agreement)
    {
        if (agreement.Event.Pattern.Form != EventForm.Verb)
            return -1;
        if (document.MatchWord(agreement.End - 1).Equals("that", StringComparison.OrdinalIgnoreCase))
            return agreement.End;
        return agreement.End < sentence.EndToken && document.MatchWord(agreement.End).Equals("that", StringComparison.OrdinalIgnoreCase)
            ? agreement.End + 1 : -1;
    }

    /// <summary>
    /// "agreed to set aside their dispute and begin technical talks", "agreed to resume regular visits": the acts the
    /// infinitive of an agreement names are what was agreed, one AGREE, not acts planned of their own. Where that
    /// infinitive's words start, right after the cue that holds its "to"; -1 when the cue holds none.
    /// </summary>
    private static int AgreedInfinitiveStart(Document document, (PloverEvent Event, int First, int End) agreement)
    {
        if (agreement.Event.Pattern.Form != EventForm.Verb)
            return -1;
        for (var i = agreement.First + 1; i < agreement.End; i++)
        {
            if (document.MatchWord(i).Equals("to", StringComparison.OrdinalIgnoreCase))
                return agreement.End;
        }
        return -1;
    }

    /// <summary>
    /// A preposition before a meeting makes it the setting of the act agreed, not what was agreed: "agree to swap
    /// prisoners in first direct talks".
    /// </summary>
    private static bool SettingBetween(Document document, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (Prepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.MatchWord(i)))
                return true;
        }
        return false;
    }

    /// <summary>
    /// Where the name a condemnation gives starts: after the "as" that follows its object within its clause ("denounced the
    /// decision as a reward"); -1 when it gives none.
    /// </summary>
    private static int NameGivenStart(Document document, Sentence sentence, (PloverEvent Event, int First, int End) condemnation)
    {
        for (var i = condemnation.End; i < sentence.EndToken && i - condemnation.End <= NameGivenReach; i++)
        {
            if (EndsContent(document, i))
                return -1;
            if (document.MatchWord(i).Equals("as", StringComparison.OrdinalIgnoreCase) && i + 1 < sentence.EndToken
                && Articles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.MatchWord(i + 1)))
                return i + 1;
        }
        return -1;
    }

    private static bool ContentEndsBetween(Document document, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (EndsContent(document, i))
                return true;
        }
        return false;
    }

    /// <summary>A statement's content ends with its clause (<see cref="EndsTopic"/>) or at a comma.</summary>
    private static bool EndsContent(Document document, int token) => EndsTopic(document, token) || document.MatchWord(token) is ",";
}
