using System.Collections.Frozen;
using Parley.Mentions;

namespace Parley.Events;

public sealed partial class EventFinder
{
    /// <summary>
    /// "The stranded students, flown out of the war zone after weeks of waiting, landed in Karachi", "a charter flight
    /// touched down in Accra with 150 migrants": a visit (PLOVER CONSULT) is made by officials or delegations; ordinary
    /// people who travel on their own account or are sent home arrive on none. Who arrives is the first party the clause
    /// of the arrival verb names, however far before the verb it stands; when that is no party (a flight, a ship), the
    /// people it comes "with". The sector the role lexicon gives them (or their mention) tells whether they are ordinary
    /// people; named officials and delegations stay visitors.
    /// </summary>
    private bool IsArrivalOfPeople(SentenceClauses clause, (PloverEvent Event, int First, int End) cue)
    {
        if (cue.Event.Category is not { Type: "CONSULT", Mode: "visit" } || cue.Event.Pattern is not { Form: EventForm.Verb, Roles: RoleFrame.SubjectPlace })
            return false;
        var subjectEnd = AsideBefore(clause, cue.First) ?? cue.First;
        if (FirstPartySector(clause, ArrivalClauseStart(clause, subjectEnd), subjectEnd) is { } subject)
            return OrdinaryPeopleSectors.Contains(subject);
        // "The students, stuck in Khartoum since the fighting began, landed": past a clause within the subject's
        // aside, the actors found for the verb say who arrives.
        if (cue.Event.Actors.Count > 0 && !cue.Event.ActorsCarried)
            return cue.Event.Actors.TrueForAll(a => OrdinaryPeopleSectors.Contains(a.Sector));
        return FirstPartySector(clause, CompanionsStart(clause, cue.End), CompanionsEnd(clause, cue.End)) is { } carried
               && OrdinaryPeopleSectors.Contains(carried);
    }

    /// <summary>
    /// The sector of the first party named in tokens <c>[from, to)</c>: an actor mention's own, else that of a role noun no
    /// mention covers ("migrants", "students"). A party with no sector (a country, a named group) is no ordinary people
    /// ("-"); null when no party stands there.
    /// </summary>
    private string? FirstPartySector(SentenceClauses clause, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            var covering = clause.Mentions.Find(m => m.FirstToken <= i && i < m.EndToken && m.Mention.Kind == MentionKind.Actor);
            if (covering.Mention is { Actor: { } actor })
            {
                // "Afghan migrants": a demonym the mention ends at only says whose the people after it are.
                if (!string.IsNullOrEmpty(actor.Sector) || covering.EndToken >= to || names.Roles.LongestAt(clause.Document, covering.EndToken, to) is null)
                    return string.IsNullOrEmpty(actor.Sector) ? "-" : actor.Sector;
                i = covering.EndToken - 1;
                continue;
            }
            if (names.Roles.LongestAt(clause.Document, i, to) is { } role && role.Values.FirstOrDefault(r => !r.IsModifier) is { } noun)
                return noun.Sector;
        }
        return null;
    }

    /// <summary>
    /// Where the clause of an arrival verb whose subject ends at <paramref name="subjectEnd"/> begins: after the last
    /// clause break, subordinator, "that" or verb of saying before it ("officials said the migrants arrived"), else at
    /// the sentence's start. Commas do not end it: they set off what is said of the subject ("the men, deported in
    /// March, landed").
    /// </summary>
    private int ArrivalClauseStart(SentenceClauses clause, int subjectEnd)
    {
        for (var i = subjectEnd - 1; i > clause.Sentence.FirstToken; i--)
        {
            if (clause.Is(i, ClauseBreaks) || clause.Is(i, ClauseOpeners) || clause.Is(i, Subordinators) || clause.Word(i) is "that"
                || names.IsReportVerb(clause.Word(i)))
                return i + 1;
        }
        return clause.Sentence.FirstToken;
    }

    /// <summary>
    /// After the place an arrival verb ending at <paramref name="end"/> names, the token after "with" that opens the
    /// phrase of whom it carries ("landed in Lahore with 180 students"); the clause's end when there is none.
    /// </summary>
    private static int CompanionsStart(SentenceClauses clause, int end)
    {
        var stop = CompanionsEnd(clause, end);
        for (var i = end; i < stop; i++)
        {
            if (clause.Word(i) is "with")
                return i + 1;
        }
        return stop;
    }

    /// <summary>Where the clause after an arrival verb ending at <paramref name="end"/> ends: at a comma, a clause break or another cue.</summary>
    private static int CompanionsEnd(SentenceClauses clause, int end)
    {
        var i = end;
        while (i < clause.Sentence.EndToken && clause.Word(i) is not "," && !clause.Is(i, ClauseBreaks) && !clause.CueBetween(i, i + 1))
            i++;
        return i;
    }

    // Sectors of people who make no diplomatic visit: civilians of every kind (migrants, refugees, detainees, women and
    // children) and students.
    private static readonly FrozenSet<string> OrdinaryPeopleSectors = FrozenSet.Create(StringComparer.Ordinal, "CVL", "EDU");
}
