using System.Collections.Frozen;
using Parley.Mentions;

namespace Parley.Events;

public sealed partial class EventFinder
{
    // Conjunctions after which a clause tells what the act before them answers: "called off the strike after the government promised".
    private static readonly FrozenSet<string> CauseConjunctions = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "after", "once", "when");

    // Words before a gerund whose clause has no subject of its own: "before finally approving it", "responded by ordering".
    private static readonly FrozenSet<string> GerundOpeners = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "after", "before", "since", "while", "when", "without", "by", "upon");

    /// <summary>
    /// "Hungary's parliament refused to ratify the bid before finally approving it", "New Delhi responded by ordering six
    /// diplomats to leave": a gerund after a conjunction or "by" has no subject of its own; whoever did the act of the
    /// clause it hangs from does it. Null when the cue opens no such clause or that act's actors are not named in the sentence.
    /// </summary>
    private static List<MentionSpan>? GerundClauseSubject(SentenceClauses clause, int first, List<(PloverEvent Event, int First, int End)> found)
    {
        if (!IsGerund(clause, first))
            return null;
        var opener = first - 1;
        if (opener > clause.Sentence.FirstToken && clause.Word(opener).EndsWith("ly", StringComparison.Ordinal))
            opener--;
        if (opener <= clause.Sentence.FirstToken || !clause.Is(opener, GerundOpeners))
            return null;
        var main = found.FindLast(g => g.End <= opener);
        // "Canada expelled six diplomats, and New Delhi responded by ordering": a name after "and" opens a clause with a subject of its own.
        if (main.Event is null || clause.Mentions.Exists(m => m.FirstToken >= main.End && m.FirstToken < opener && m.Mention.Kind == MentionKind.Actor
                                                                 && clause.Word(WordBefore(clause, m.FirstToken)) is "and" or "but" or ","))
            return null;
        var doers = ActorMentions(clause, main.Event);
        return doers.Count > 0 ? doers : null;
    }

    /// <summary>
    /// Recipients one clause of a sentence gives the act of another, once every act of the sentence has its parties.
    /// A response with no object named answers whoever acted in the clause that tells its cause ("unions called off the
    /// strike after the government promised to raise wages", "protesters gathered after the government froze talks").
    /// A participle clause with no object of its own ("halted all trade with Israel, calling the war a genocide",
    /// "struck Kharkiv, killing five") acts on whom the act of its main clause did.
    /// </summary>
    private static void LinkClauses(SentenceClauses clause, (PloverEvent Event, int First, int End) f, List<(PloverEvent Event, int First, int End)> found)
    {
        var e = f.Event;
        if (e.Recipients.Count > 0 || e.Actors.Count == 0)
            return;
        if (IsResponse(e.Category) && CauseAfter(clause, f.End, found) is { } cause)
        {
            var doers = cause.Actors.FindAll(a => !e.Actors.Exists(x => x.Code == a.Code && x.Sector == a.Sector));
            if (doers.Count == 0)
                return;
            e.Recipients.AddRange(doers);
            e.Explanations["recipient"] = $"events: a response answers whoever did what the clause after '{clause.Word(cause.Cause)}' tells ({cause.Trigger})";
            // "after the government promised to raise wages": a cause with no object named was done to the responders.
            if (cause.Act.Recipients.Count == 0)
            {
                cause.Act.Recipients.AddRange(e.Actors.Where(a => !cause.Act.Actors.Exists(x => x.Code == a.Code && x.Sector == a.Sector)));
                cause.Act.Explanations["recipient"] = $"events: the act a response answers was done to the responders ({TriggerText(clause, e)})";
            }
            return;
        }
        if (e.Category.Type != "ACCUSE" && (ComplementAct(clause, f.End, found) ?? ObjectAct(clause, f.End, found)) is { Recipients.Count: > 0 } complement)
        {
            e.Recipients.AddRange(complement.Recipients.Where(r => !e.Actors.Exists(a => a.Code == r.Code)));
            if (e.Recipients.Count > 0)
                e.Explanations["recipient"] = $"events: an act whose object or 'to' clause names another act acts on whom that act does ({TriggerText(clause, complement)})";
            return;
        }
        if (ParticipleMainAct(clause, f.First, found) is { Recipients.Count: > 0 } main && main.Actors.TrueForAll(a => e.Actors.Exists(x => x.Code == a.Code)))
        {
            e.Recipients.AddRange(main.Recipients.Where(r => !e.Actors.Exists(a => a.Code == r.Code)));
            if (e.Recipients.Count > 0)
                e.Explanations["recipient"] = $"events: a participle clause acts on whom its main clause's act did ({TriggerText(clause, main)})";
        }
    }

    /// <summary>
    /// The act named by the "to" clause right after a cue ending at <paramref name="end"/> ("refused for months to ratify
    /// Sweden's bid", "agreed to send Sweden's protocol"); null when none follows in the same stretch of the sentence.
    /// </summary>
    private static PloverEvent? ComplementAct(SentenceClauses clause, int end, List<(PloverEvent Event, int First, int End)> found)
    {
        for (var i = end; i < clause.Sentence.EndToken && i - end <= NounPhraseReach; i++)
        {
            if (clause.Is(i, ClauseBreaks) || clause.Word(i) is "," || clause.CueBetween(end, i))
                return null;
            if (clause.Word(i).Equals("to", StringComparison.OrdinalIgnoreCase))
                return found.Find(g => g.First == i + 1).Event;
        }
        return null;
    }

    /// <summary>
    /// The act a noun cue in the object right after a cue ending at <paramref name="end"/> names ("would not attend the next
    /// round of talks with Washington"); null when a name, a comma or another clause comes first. Not for condemnations,
    /// which act on whoever did the act they name ("condemned the attack on the convoy").
    /// </summary>
    private static PloverEvent? ObjectAct(SentenceClauses clause, int end, List<(PloverEvent Event, int First, int End)> found)
    {
        var next = found.Find(g => g.First >= end);
        if (next.Event is not { Pattern.Form: EventForm.Noun } || next.First - end > ObjectReach)
            return null;
        for (var i = end; i < next.First; i++)
        {
            if (clause.Is(i, ClauseBreaks) || clause.Word(i) is "," || clause.Is(i, ClauseOpeners) || clause.Mentions.Exists(m => m.FirstToken == i))
                return null;
        }
        return next.Event;
    }

    /// <summary>Acts that answer another's: refusals, concessions, protests.</summary>
    private static bool IsResponse(EventCategory category) => category.Type is "REJECT" or "CONCEDE" or "PROTEST";

    /// <summary>
    /// The act of a clause opened by "after", "once" or "when" soon after a cue ending at <paramref name="end"/>, with
    /// the actors its own subject names; null when no such clause follows in the same stretch of the sentence.
    /// </summary>
    private static (List<Participant> Actors, int Cause, string Trigger, PloverEvent Act)? CauseAfter(SentenceClauses clause, int end, List<(PloverEvent Event, int First, int End)> found)
    {
        for (var i = end; i < clause.Sentence.EndToken && i - end <= ObjectReach; i++)
        {
            if (clause.Is(i, ClauseBreaks) || clause.Word(i) is ",")
                return null;
            if (!clause.Is(i, CauseConjunctions))
                continue;
            var act = found.Find(g => g.First > i && g.First - i <= ObjectReach);
            if (act.Event is null || clause.CueBetween(end, i))
                return null;
            var named = act.Event.Actors.FindAll(a => clause.Mentions.Exists(m => m.Mention.Start == a.Start && m.FirstToken > i && m.FirstToken < act.First));
            return named.Count > 0 ? (named, i, TriggerText(clause, act.Event), act.Event) : null;
        }
        return null;
    }

    private static string TriggerText(SentenceClauses clause, PloverEvent e) => clause.Document.Text[e.Trigger.Start..e.Trigger.End];
}
