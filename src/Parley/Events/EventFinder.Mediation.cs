using Parley.Documents;

namespace Parley.Events;

public sealed partial class EventFinder
{
    /// <summary>
    /// Whom a mediator goes between: the actors named together in the sentence ("a deal reached between Israel and
    /// Hamas after weeks of Qatari mediation", "Russia and Ukraine carried out a swap, with the UAE acting as mediator"),
    /// two sides or more (a country's rebels are a side apart from it) of which the mediator is none; a "between" group first, else the group nearest the cue.
    /// </summary>
    private static List<MentionSpan> MediatedParties(SentenceClauses clause, int first, List<Participant> mediators)
    {
        List<MentionSpan> best = [];
        var bestDistance = int.MaxValue;
        var mentions = clause.Mentions;
        for (var k = 0; k < mentions.Count; k++)
        {
            if (mentions[k].Mention.Actor is null || (k > 0 && Coordinated(clause, k, -1).Count > 1))
                continue;
            var group = Coordinated(clause, k, +1);
            var sides = group.Select(m => m.Mention.Actor is { } a ? Participant.SideOf(a.Code, a.Sector) : null).Distinct().Count();
            if (sides < 2 || group.Exists(m => mediators.Exists(a => a.Code == m.Mention.Actor?.Code)))
                continue;
            var before = WordBefore(clause, group[0].FirstToken);
            var distance = before >= clause.Sentence.FirstToken && clause.Word(before).Equals("between", StringComparison.OrdinalIgnoreCase)
                ? -1 : Math.Abs(group[0].FirstToken - first);
            if (distance < bestDistance)
            {
                best = group;
                bestDistance = distance;
            }
        }
        return best;
    }

    /// <summary>
    /// "released 10 Americans in a deal brokered by Qatar", "under a ceasefire brokered by the United States": whether a noun
    /// (the deal, the ceasefire) stands between the party named last before a mediator's passive cue at <paramref name="first"/>
    /// and the cue, so that what was brokered is that act, not the party; its sides are those of the acts told with it
    /// (see <see cref="MediateBetweenSidesBefore"/>). Not so for "talks between the two factions brokered by Riyadh" or "which
    /// were mediated by Qatar", where only the passive's verb group, a comma or a relative pronoun stands between.
    /// </summary>
    private static bool BrokeredActBetween(SentenceClauses clause, int from, int first)
    {
        for (var i = from; i < first; i++)
        {
            if (!IsPassiveAuxiliary(clause, i) && !clause.Is(i, SubjectRelatives) && clause.Word(i) is not ",")
                return true;
        }
        return false;
    }

    /// <summary>
    /// Whom a mediator goes between when its sentence names no pair: the sides of another act of the sentence, else of the
    /// act told nearest before it within a few sentences, else of the acts of the sentence just before it together ("A truce between Israel and Hamas took effect … Qatar, which
    /// mediated the agreement, said …"; "Turkey brokered the deal in 2022, after Russia invaded Ukraine"), two countries
    /// or more of which the mediator is none.
    /// </summary>
    private static void MediateBetweenSidesBefore(Document document, (PloverEvent Event, int First, int End) cue, List<(PloverEvent Event, int First, int End)> found, List<PloverEvent> events)
    {
        var mediation = cue.Event;
        if (!(mediation.Category is { Type: "CONSULT", Mode: "third-party" } || IsOfferToMediate(document, cue))
            || mediation.Recipients.Count > 0 || mediation.Actors.Count == 0)
            return;
        var acts = found.Select(f => f.Event).Concat(Enumerable.Reverse(events).TakeWhile(x => mediation.Sentence - x.Sentence <= MediatedActReach));
        foreach (var act in acts)
        {
            if (act == mediation || act.Category.Mode == "third-party")
                continue;
            var sides = act.Actors.Concat(act.Recipients).DistinctBy(p => p.Code).ToList();
            if (sides.Count < 2 || sides.Exists(p => mediation.Actors.Exists(a => a.Code == p.Code)))
                continue;
            mediation.Recipients.AddRange(sides);
            mediation.Explanations["recipient"] = "events: a mediator goes between the sides of the act told with it or just before it";
            return;
        }
        // "Armenian forces agreed to lay down their weapons, a day after Azerbaijan launched an offensive. The ceasefire was
        // mediated by Russian peacekeepers": with no act of two sides, the sides of the acts of the sentence just before, together.
        if (events.Count == 0 || mediation.Sentence - events[^1].Sentence > MediatedActReach)
            return;
        var told = events[^1].Sentence;
        var together = Enumerable.Reverse(events).TakeWhile(x => x.Sentence == told).Where(x => x.Category.Mode != "third-party")
            .SelectMany(x => x.Actors.Concat(x.Recipients)).DistinctBy(p => p.Code).ToList();
        if (together.Count < 2 || together.Exists(p => mediation.Actors.Exists(a => a.Code == p.Code)))
            return;
        mediation.Recipients.AddRange(together);
        mediation.Explanations["recipient"] = "events: a mediator goes between the sides of the acts of the sentence told just before it";
    }

    /// <summary>
    /// "China had offered to mediate", "Qatar agreed to broker talks": a pledge whose act is going between others. It is aimed
    /// at the sides it would go between, as a mediation is, and finds them the same way.
    /// </summary>
    private static bool IsOfferToMediate(Document document, (PloverEvent Event, int First, int End) cue)
    {
        if (cue.Event.Category.Type != "AGREE")
            return false;
        var last = Math.Min(cue.End, document.Tokens.Length - 1);
        for (var i = cue.First; i <= last; i++)
        {
            var word = document.LowerMatchWord(i);
            if (word.StartsWith("mediat") || word.StartsWith("broker"))
                return true;
        }
        return false;
    }
}
