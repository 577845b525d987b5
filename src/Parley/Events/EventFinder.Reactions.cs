using System.Collections.Frozen;
using Parley.Documents;

namespace Parley.Events;

public sealed partial class EventFinder
{
    // Words that open a noun phrase naming an act already told: "condemned the closures", "called the warrants outrageous".
    private static readonly FrozenSet<string> DefiniteDeterminers = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "the", "this", "these", "that", "those", "its", "their");

    // How many events back, across the document, an act named again may have been told.
    private const int ReactionReach = 12;

    // How many letters a word and an earlier trigger word must share at their start to be one word ("closures", "close").
    private const int SharedStem = 4;

    /// <summary>
    /// "The Kremlin condemned the closures as hostile", "Biden called the warrants outrageous", "Poland welcomed the
    /// treaty": a condemnation, or an act of a reaction verb (<c>events/response-cues.tsv</c>), whose object names an act
    /// told before (a definite noun of that act's words, a noun cue of its type, or a noun that can name any act:
    /// "regretted the move") is directed at whoever did that act, the latest such act not by the reacting side: one of its
    /// country and sector ("the opposition leader condemned the decision" of the government is aimed at it). (Refusals
    /// as well cost a merge of the held-out articles: a recipient guessed for one telling keeps it apart from the others.)
    /// </summary>
    private void ReactToAct(Document document, PloverEvent e, int first, int end, Sentence sentence,
        List<PloverEvent> earlier, List<(PloverEvent Event, int First, int End)> found)
    {
        DropAnswersCarried(e);
        GiveToReceiverOfAid(document, e, found, earlier);
        AnswerActJustBefore(document, e, found, earlier);
        if (e.Recipients.Count == 0 && e.Actors.Count > 0 && ActNamedStart(document, e, first, end, sentence) is { } determiner)
            AimAtActNamed(document, e, first, sentence, determiner, earlier, found);
        AnswerCourtRuling(document, e, first, end, sentence);
        JoinVoiceJustBefore(document, e, first, end, sentence, found, earlier);
    }

    /// <summary>
    /// The object of a reaction, opening with the definite <paramref name="determiner"/>, names an act told before: the
    /// reaction is aimed at whoever did it (see <see cref="ReactToAct"/>).
    /// </summary>
    private void AimAtActNamed(Document document, PloverEvent e, int first, Sentence sentence, int determiner,
        List<PloverEvent> earlier, List<(PloverEvent Event, int First, int End)> found)
    {
        bool NotReacting(Participant doer) => !e.Actors.Exists(y => y.Code == doer.Code && y.Sector == doer.Sector);
        var acts = found.Where(f => f.End <= first && f.Event != e).Select(f => f.Event).Reverse().Concat(Enumerable.Reverse(earlier)).Take(ReactionReach).ToList();
        for (var i = determiner + 1; i < Math.Min(sentence.EndToken, determiner + 1 + NounPhraseReach); i++)
        {
            if (document.Tokens[i].Kind is TokenKind.Punctuation or TokenKind.Terminal || Prepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.MatchWord(i)))
                return;
            var word = document.MatchWord(i).ToString();
            // Only a condemnation is told of "the move" alone; what is welcomed as "the decision" is as often an act no event tells.
            var anyAct = e.Category.Type == "ACCUSE" && names.Actors.ActNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
            if (!anyAct && !char.IsLower(word[0]))
                continue;
            var (cueEnd, cues) = lexicon.Patterns.LongestAt(document, i, i + 1);
            var types = cueEnd > 0 ? cues.Where(c => c.Form == EventForm.Noun).Select(c => c.Category.Type).ToHashSet(StringComparer.Ordinal) : [];
            // A short word shares no stem worth the name; it names an act only as a word of a cue ("condemned the raid").
            if (!anyAct && word.Length <= SharedStem && cueEnd == 0)
                continue;
            // An earlier condemnation ("called the raid an outrage", "Amnesty condemned the verdicts") is another voice on the act, not the
            // act; nor is an appeal about it ("urged Washington to reverse the decision, and Albanese condemned the measures") the measures.
            var act = acts.Find(a => (types.Contains(a.Category.Type) || (SharesStem(document, a.Trigger, word) && a.Category.Type != "ACCUSE")
                                      || (anyAct && a.Category.Type is not ("ACCUSE" or "REQUEST")))
                                     && a.Actors.Exists(NotReacting));
            if (act is null)
                continue;
            foreach (var doer in act.Actors.Where(NotReacting).DistinctBy(x => (x.Code, x.Sector)))
                e.Recipients.Add(doer);
            e.Explanations["recipient"] = $"events: the object names an act told before ({act.Trigger}); it is directed at whoever did it";
            return;
        }
    }

    /// <summary>
    /// The definite determiner opening the object of a condemnation (after its words: "condemned the closures") or of a
    /// reaction verb (which may be among its words: "welcomed the ruling"); null when the event is neither or its object
    /// is not a definite noun phrase.
    /// </summary>
    private int? ActNamedStart(Document document, PloverEvent e, int first, int end, Sentence sentence)
    {
        var determiners = DefiniteDeterminers.GetAlternateLookup<ReadOnlySpan<char>>();
        if (e.Category.Type == "ACCUSE")
        {
            var objectStart = e.Pattern.Text.Contains("...", StringComparison.Ordinal) ? first + 1 : end;
            return objectStart < sentence.EndToken && determiners.Contains(document.MatchWord(objectStart)) ? objectStart : null;
        }
        if (!lexicon.Responses.Word(document.MatchWord(first)).Contains(ResponseCue.Reaction))
            return null;
        for (var i = first + 1; i <= end && i < sentence.EndToken; i++)
        {
            if (determiners.Contains(document.MatchWord(i)))
                return i;
        }
        return null;
    }

    // Answers always aimed at someone, who need not be named again ("Takaichi refused to withdraw her remarks"). Not
    // ACCUSE: a condemnation naming no one is as often one of many voices on an act told further back ("Brazil and the
    // United States condemned the raid"), which the act it names settles (ReactToAct).
    private static readonly FrozenSet<string> AnsweringTypes = FrozenSet.Create(StringComparer.Ordinal, "THREATEN", "REJECT");

    /// <summary>
    /// A threat or refusal whose sentence names no one it is aimed at answers the act told just before it, in this
    /// sentence or the one before, when the answering side took part in that act: "Israeli jets struck Hamas positions.
    /// Hamas vowed to retaliate" is aimed at Israel (the act's doers, as the answering side suffered it); "China
    /// summoned Japan's envoy and warned that it would respond" at Japan (the act's recipients, as it did it too). An act
    /// of others ("Lithuania lifted its sanctions. Minsk refused to …") says nothing of whom the answer is for. A refusal
    /// answers only what was asked of or done to the refusing side ("China demanded a retraction. Takaichi refused to
    /// withdraw her remarks"), never an act of its own: "Orban would invite Netanyahu and ignore the warrant" refuses
    /// nothing of Netanyahu's, and "strikes inside Venezuela, a step Trump has not ruled out" nothing of Venezuela's.
    /// </summary>
    private static void AnswerActJustBefore(Document document, PloverEvent e, List<(PloverEvent Event, int First, int End)> found, List<PloverEvent> earlier)
    {
        if (e.Recipients.Count > 0 || e.Actors.Count == 0 || !AnsweringTypes.Contains(e.Category.Type))
            return;
        var act = found.TakeWhile(f => f.Event != e).Select(f => f.Event).Reverse().Concat(Enumerable.Reverse(earlier))
            .FirstOrDefault();
        if (act is null || act.Sentence < e.Sentence - 1)
            return;
        bool Ours(Participant p) => e.Actors.Exists(a => a.Code == p.Code);
        var didIt = act.Actors.Exists(Ours);
        if (didIt && e.Category.Type == "REJECT")
            return;
        var others = didIt ? act.Recipients : act.Recipients.Exists(Ours) ? act.Actors : [];
        if (others.Count == 0 || others.Exists(Ours))
            return;
        e.Recipients.AddRange(others.DistinctBy(p => p.Code).Select(p => p with { AnswersActBefore = true }));
        e.Explanations["recipient"] = $"events: a reaction naming no one answers the act told just before it ({document.Text[act.Trigger.Start..act.Trigger.End]})";
    }

    /// <summary>
    /// "Tokyo vowed to respond. … a string of missile tests": an event whose parties were carried from an answer does not
    /// take whom that answer was guessed to be aimed at; the guess was about the answer alone.
    /// </summary>
    private static void DropAnswersCarried(PloverEvent e)
    {
        if (e.ActorsCarried && e.Recipients.RemoveAll(r => r.AnswersActBefore) > 0 && e.Recipients.Count == 0)
            e.Explanations.Remove("recipient");
    }

    /// <summary>
    /// Aid told with no recipient goes where the aid told just before it went ("Spain sent aid to Morocco … The EU
    /// released 1 million euros in emergency aid"), else, in a story about one country ("Morocco accepts quake aid …
    /// The United States sent a small team of disaster experts"), to that country: the first the headline names. Not when
    /// the aid is told in the headline itself, comes from that country, or is given beside a visit (whose host or visitor
    /// receives it).
    /// </summary>
    private static void GiveToReceiverOfAid(Document document, PloverEvent e, List<(PloverEvent Event, int First, int End)> found, List<PloverEvent> earlier)
    {
        if (e.Recipients.Count > 0 || e.Actors.Count == 0 || e.Category.Type != "AID" || e.Sentence == 0
            || found.Exists(f => f.Event.Category is { Type: "CONSULT", Mode: "visit" }))
            return;
        // Aid told just before: in this paragraph or the one before it.
        var block = document.Sentences[e.Sentence].Block;
        var before = found.TakeWhile(f => f.Event != e).Select(f => f.Event).Reverse().Concat(Enumerable.Reverse(earlier))
            .TakeWhile(a => document.Sentences[a.Sentence].Block >= block - 1)
            .FirstOrDefault(a => a.Category.Type == "AID" && a.Recipients.Count > 0);
        var receivers = before?.Recipients ?? (StoryCountry(document) is { } story ? [story] : []);
        if (receivers.Count == 0 || receivers.Exists(r => e.Actors.Exists(a => a.Code == r.Code)))
            return;
        e.Recipients.AddRange(receivers);
        e.Explanations["recipient"] = before is not null
            ? $"events: aid with no recipient named goes where the aid told before it went ({before.Trigger})"
            : "events: aid with no recipient named goes to the country the headline names first";
    }

    /// <summary>The first country named in the document's headline (see <see cref="StorySides"/>). A lead sentence names the givers as readily as whom they help.</summary>
    private static Participant? StoryCountry(Document document) => StorySides.Of(document, 1) is [var first] ? first : null;

    /// <summary>
    /// Whether a response phrase of <c>events/response-cues.tsv</c> ends right before the cue at <paramref name="first"/>:
    /// "Tokyo in turn protested to China". Its noun says the act answers another; it is no noun a participle describes.
    /// </summary>
    private bool FollowsResponsePhrase(Document document, int first)
    {
        for (var start = Math.Max(0, first - 3); start < first; start++)
        {
            if (lexicon.Responses.LongestAt(document, start, first) is { End: var end, Values: var cues } && end == first && cues.Contains(ResponseCue.Response))
                return true;
        }
        return false;
    }

    /// <summary>Whether a word of the trigger starts like <paramref name="word"/>: "closures" and "close", "warrants" and "warrant".</summary>
    private static bool SharesStem(Document document, TextSpan trigger, string word)
    {
        foreach (var part in document.Text[trigger.Start..trigger.End].Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var shared = 0;
            while (shared < part.Length && shared < word.Length && char.ToLowerInvariant(part[shared]) == char.ToLowerInvariant(word[shared]))
                shared++;
            if (shared >= SharedStem && shared >= Math.Min(part.Length, word.Length) - 3)
                return true;
        }
        return false;
    }
}
