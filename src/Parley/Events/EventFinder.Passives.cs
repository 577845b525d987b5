using System.Collections.Frozen;
using Parley.Documents;
using Parley.Mentions;

namespace Parley.Events;

public sealed partial class EventFinder
{
    /// <summary>
    /// Whether a verb of saying stands between a subject ending at token <paramref name="from"/> and the cue at
    /// <paramref name="first"/>, with words of a clause's own subject between it and the cue ("says at least 22 people were"),
    /// not a pronoun taking the sayer up ("said it was attacked").
    /// </summary>
    private bool ReportsClauseOfItsOwn(SentenceClauses clause, int from, int first)
    {
        var said = from;
        while (said < first && !names.IsReportVerb(clause.Word(said)))
            said++;
        for (var i = clause.Word(said + 1) is "that" ? said + 2 : said + 1; i < first; i++)
        {
            // "Ukraine said it was attacked", "said its convoy was hit": a pronoun takes the sayer up.
            if (clause.Is(i, SayerPronouns))
                return false;
            if (!IsPassiveAuxiliary(clause, i))
                return true;
        }
        return false;
    }

    private static readonly FrozenSet<string> SayerPronouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "it", "its", "they", "their", "we", "our", "he", "his", "she", "her", "i", "my");

    /// <summary>A word of a passive's verb group before its participle: "had", "been", "were", "not", "reportedly".</summary>
    private static bool IsPassiveAuxiliary(SentenceClauses clause, int i) =>
        clause.Is(i, BeForms) || clause.Is(i, AuxiliariesAndAdverbs) || clause.Word(i) is "been" or "being" or "not"
        || clause.Word(i).EndsWith("ly", StringComparison.Ordinal);

    /// <summary>Whether tokens <paramref name="from"/> up to the cue at <paramref name="first"/> are all of a passive's verb group.</summary>
    private static bool PassiveVerbGroupBetween(SentenceClauses clause, int from, int first)
    {
        for (var i = from; i < first; i++)
        {
            if (!IsPassiveAuxiliary(clause, i))
                return false;
        }
        return from < first;
    }

    /// <summary>
    /// "Police said dozens of protesters were detained": the actor named as the reported clause's own subject, right
    /// before the passive's verb group, is whom it befell.
    /// </summary>
    private static List<MentionSpan> ReportedPassiveSubject(SentenceClauses clause, int from, int first)
    {
        var own = clause.Mentions.FindLast(m => m.FirstToken >= from && m.EndToken <= first && m.Mention.Kind == MentionKind.Actor);
        return own.Mention is not null && PassiveVerbGroupBetween(clause, own.EndToken, first) ? [own] : [];
    }

    /// <summary>
    /// "Interior Minister Alassane Seidou said 14 people had been arrested": the subject of a reported passive arrest
    /// that is people no name places (no mention covers them), reported by a state's government, police or courts, is
    /// that state's people, coded with the sayer's country.
    /// </summary>
    private Participant? PeopleReportedHeld(SentenceClauses clause, PloverEvent e, MentionSpan sayer, int first)
    {
        if (e.Category.Type != "COERCE" || sayer.Mention.Actor is not { Sector: "GOV" or "POL" or "JUD" } official
            || !EntityRecognizer.IsStateCode(official.Code))
            return null;
        var document = clause.Document;
        for (var i = sayer.EndToken; i < first; i++)
        {
            if (names.Roles.LongestAt(document, i, first) is not { } match
                || !match.Values.Any(r => r.Sector == "CVL" && !r.IsTitle && !r.IsModifier && !r.IsUnplaced)
                || !PassiveVerbGroupBetween(clause, match.End, first))
                continue;
            var start = document.Tokens[match.Start].Start;
            var finish = document.Tokens[match.End - 1].End;
            return clause.Mentions.Exists(m => m.Mention.Start < finish && start < m.Mention.End)
                ? null : new Participant(start, finish, official.Code, "CVL", null);
        }
        return null;
    }

    // Be-forms contracted with "not", one token each ("wasn't invited").
    private static readonly FrozenSet<string> NegatedBeForms = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "isn't", "aren't", "wasn't", "weren't", "isn\u2019t", "aren\u2019t", "wasn\u2019t", "weren\u2019t");

    // Verbs that take a past participle as a state: "remains detained", "stayed blocked" (not "remained committed to").
    private static readonly FrozenSet<string> StativeVerbs =
        FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "remain", "remains", "remained", "stay", "stays", "stayed");

    /// <summary>
    /// A be-form just before a cue that is not a progressive ("was killed", "had been detained", "was not invited",
    /// "wasn't invited"; not "is blocking"), or one that opens the cue itself before its participle ("was impeached",
    /// "were allowed to leave for"; not "has impeached").
    /// </summary>
    private static bool IsPassiveForm(SentenceClauses clause, int first) =>
        (clause.Is(first, BeForms) && IsPastVerb(clause, first + 1))
        || !clause.Word(first).EndsWith("ing", StringComparison.OrdinalIgnoreCase)
        && (clause.Is(first - 1, BeForms) || clause.Is(first - 1, NegatedBeForms) || (clause.Is(first - 2, BeForms) && clause.Word(first - 1) is "being" or "been" or "also" or "reportedly" or "not" or "never")
            || (clause.Is(first - 1, StativeVerbs) && IsPastVerb(clause, first) && !clause.Word(first + 1).Equals("to", StringComparison.OrdinalIgnoreCase)));

    // Words that may follow a headline's participle when it is a passive with no object: "arrested after …", "detained in Lima".
    private static readonly FrozenSet<string> HeadlinePassiveFollowers = FrozenSet.Create(StringComparer.Ordinal,
        "after", "in", "at", "for", "over", "on", "amid", "as", "following", "during", "near");

    /// <summary>
    /// "Bolivian general arrested after troops storm palace square": a headline drops its be-forms, and tells an active act
    /// in the present ("police seize Glas"), so a lone past participle that no object follows is a passive befalling its subject.
    /// </summary>
    private static bool IsHeadlinePassive(SentenceClauses clause, int sentence, int first, int end) =>
        end - first == 1 && IsPastVerb(clause, first) && ModalityTagger.InHeadline(clause.Document, sentence)
        && (end >= clause.Sentence.EndToken || clause.Is(end, HeadlinePassiveFollowers));

    /// <summary>
    /// A past participle that tells a passive without a be-form of its own: opening an aside on the name that opens the
    /// sentence ("Bassirou Diomaye Faye, released from prison ten days before the vote, was sworn in"), or joined by "and" or "or"
    /// to a passive before it ("Pedro Castillo was impeached and arrested", "was arrested in May 2020 and later sentenced");
    /// not when an object follows it, as after an active verb ("was sacked and accused the president of betrayal").
    /// </summary>
    private static bool IsBareParticiplePassive(SentenceClauses clause, int first, int end)
    {
        if (end - first != 1 || first - 2 < clause.Sentence.FirstToken || !IsPastVerb(clause, first)
            || clause.Is(end, NounDeterminers) || clause.Mentions.Exists(m => m.FirstToken == end))
            return false;
        // Only a name that opens the sentence: after "Redwan Hussien, adviser to Prime Minister Abiy Ahmed," the comma closes
        // an apposition, and "signed" is the subject's own verb.
        var aside = clause.Word(first - 1) is "," && clause.Mentions.Exists(m => m.EndToken == first - 1 && m.Mention.Kind == MentionKind.Actor
                                                                             && OpensSentence(clause, m.FirstToken));
        return aside || JoinedToPassiveBefore(clause, first);
    }

    // Adverbs of sequence between "and" and a participle that a passive before it governs: "was arrested and later sentenced".
    private static readonly FrozenSet<string> SequenceAdverbs = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "later", "then", "subsequently", "eventually", "finally", "also");

    // How many words back from "and" the passive it joins may stand: its participle and the adjuncts after it ("in Tehran in 2015").
    private const int JoinedPassiveReach = 6;

    /// <summary>
    /// Whether the participle at <paramref name="first"/> follows "and" or "or" (and perhaps an adverb of sequence) that joins it to
    /// a passive participle before it, with only that participle's adjuncts between and no comma: "was impeached and arrested",
    /// "was arrested in May 2020 and later sentenced to 18 years" (the two befall one subject).
    /// </summary>
    private static bool JoinedToPassiveBefore(SentenceClauses clause, int first)
    {
        var and = clause.Is(first - 1, SequenceAdverbs) ? first - 2 : first - 1;
        if (and <= clause.Sentence.FirstToken || clause.Word(and) is not ("and" or "or"))
            return false;
        for (var p = and - 1; p >= clause.Sentence.FirstToken && and - p <= JoinedPassiveReach; p--)
        {
            if (clause.Document.Tokens[p].Kind is TokenKind.Punctuation or TokenKind.Terminal)
                return false;
            if (IsPastVerb(clause, p))
                return IsPassiveForm(clause, p);
        }
        return false;
    }

    /// <summary>Whether token <paramref name="first"/> opens its sentence, or follows only the "The" that does.</summary>
    private static bool OpensSentence(SentenceClauses clause, int first) =>
        first == clause.Sentence.FirstToken || (first == clause.Sentence.FirstToken + 1 && clause.Word(clause.Sentence.FirstToken) is "The");

    /// <summary>
    /// For a passive cue ("was visited on Monday by …"), the token of its "by", within a few words after it
    /// (or among its own words) and before any clause break; −1 when the cue is not passive or names no agent. A participle with its
    /// "by" right after it is passive without a be-form: "a resolution drafted by Ukraine and backed by the EU" —
    /// but not a host's verb: "talks in Putrajaya hosted by Malaysia" names a mediator, not a host receiving a guest.
    /// </summary>
    private static int AgentPhrase(SentenceClauses clause, int first, int end, RoleFrame roles)
    {
        if (end - first == 1 && roles != RoleFrame.ObjectSubject && IsPastVerb(clause, first) && clause.Word(end).Equals("by", StringComparison.OrdinalIgnoreCase))
            return end;
        if (!IsPassiveForm(clause, first))
            return -1;
        // The "by" may be one of the cue's own words: "was hit by a Russian ballistic missile".
        for (var i = first + 1; i < clause.Sentence.EndToken && i - end <= AgentReach; i++)
        {
            if (clause.Is(i, ClauseBreaks))
                return -1;
            if (clause.Word(i).Equals("by", StringComparison.OrdinalIgnoreCase))
                return i;
        }
        return -1;
    }
}
