using System.Collections.Frozen;
using Parley.Documents;
using Parley.Mentions;

namespace Parley.Events;

public sealed partial class EventFinder
{
    // Words after a meeting that open what it is about: "talks on defence cooperation", "spoke about the grain deal".
    private static readonly FrozenSet<string> TopicOpeners = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "on", "about", "regarding", "concerning");

    // Participles after a meeting that say what it is for: "talks aimed at normalising relations", "a meeting meant to end the war".
    private static readonly FrozenSet<string> PurposeWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "aimed", "aiming", "designed", "meant", "intended", "seeking");

    // Verbs whose object is what a meeting is about: "discussed the release of hostages", "met to discuss a truce".
    private static readonly FrozenSet<string> DiscussionVerbs = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "discuss", "discussed", "discusses", "discussing");

    // Words before a verb that make it an act of its own, told beside the meeting: "discussed a truce and agreed to …".
    private static readonly FrozenSet<string> OwnActOpeners = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "and", "but", "then", "also", "later", ",");

    // How far after a meeting cue its topic word may stand ("met in Hanoi on Monday to discuss").
    private const int TopicReach = 8;

    /// <summary>
    /// "met in Hanoi to discuss a truce and aid deliveries", "held talks on defence cooperation and intelligence sharing",
    /// "discussed the release of hostages": the acts a meeting is about are its topic, not told as done, and tell no
    /// event of their own; nor does the "to discuss" that says what a meeting is for. The topic runs to the end of its
    /// clause, or to a verb that tells an act of its own ("… and agreed to exchange prisoners").
    /// </summary>
    private static void DropMeetingTopics(Document document, Sentence sentence, List<(PloverEvent Event, int First, int End)> found)
    {
        // Most sentences tell no meeting: they need no set of topics.
        if (!found.Exists(f => f.Event.Category.Type == "CONSULT"))
            return;
        var topics = new HashSet<PloverEvent>(ReferenceEqualityComparer.Instance);
        foreach (var meeting in found)
        {
            if (meeting.Event.Category.Type != "CONSULT" || topics.Contains(meeting.Event))
                continue;
            var start = TopicStart(document, sentence, meeting, found, topics);
            if (start < 0)
                continue;
            foreach (var act in found.Where(f => f.First >= start).OrderBy(f => f.First))
            {
                if (Enumerable.Range(start, act.First - start).Any(i => EndsTopic(document, i)) || TellsOwnAct(document, act))
                    break;
                if (act.Event.Category.Type != "CONSULT")
                    topics.Add(act.Event);
            }
        }
        found.RemoveAll(f => topics.Contains(f.Event));
    }

    // How far after a demand the acts it asks for may start ("demanded that Russia admit guilt, punish those responsible and").
    private const int DemandedActReachFromCue = 12;

    /// <summary>
    /// "The communique urged the release of prisoners and the return of deported children", "demanded that Russia admit
    /// guilt, punish those responsible and compensate the victims": the acts a demand asks for are what it is about, not
    /// acts told as done, promised or foreseen, and tell no event of their own (the gold codes one REQUEST). The content
    /// runs to the end of the clause, to a comma that does not go on with another act of the list ("asked for amendments,
    /// a response Washington called unacceptable"), or to a verb that tells an act of the subject's own ("… and sent").
    /// A request whose words name no mode of their own ("urged", "called on") takes it from the first act it asks for.
    /// </summary>
    private void DropDemandedActs(Document document, Sentence sentence, List<(PloverEvent Event, int First, int End)> found)
    {
        if (!found.Exists(f => f.Event.Category.Type == "REQUEST"))
            return;
        var demanded = new HashSet<PloverEvent>(ReferenceEqualityComparer.Instance);
        foreach (var request in found)
        {
            if (request.Event.Category.Type != "REQUEST" || demanded.Contains(request.Event))
                continue;
            var asked = false;
            foreach (var act in found.Where(f => f.First >= request.End).OrderBy(f => f.First))
            {
                if (act.First - request.End > DemandedActReachFromCue || act.Event.Category.Type == "REQUEST"
                    || Enumerable.Range(request.End, act.First - request.End).Any(i => EndsTopic(document, i) || EndsList(document, i, found) || OpensOwnVerbGroup(document, i))
                    || (TellsOwnAct(document, act) && document.MatchWord(act.First).EndsWith("ed", StringComparison.OrdinalIgnoreCase)))
                    break;
                // The acts come in the order they are told: the first is what the request asks for above all.
                if (demanded.Add(act.Event) && !asked)
                    TakeModeOfDemand(request.Event, act.Event);
                asked = true;
            }
        }
        found.RemoveAll(f => demanded.Contains(f.Event));
    }

    /// <summary>
    /// The PLOVER manual's modes of a request by what it asks for: a release, withdrawal or truce is to yield, aid or
    /// cooperation (an extradition) is assistance, a meeting is to meet; anything else is a change of policy, the default.
    /// "urged the rebels to free the hostages" asks them to yield, "called on Poland to extradite the suspect" for help.
    /// </summary>
    private void TakeModeOfDemand(PloverEvent request, PloverEvent act)
    {
        if (request.Category.Mode is not (null or "change"))
            return;
        var mode = act.Category.Type switch
        {
            "RETREAT" or "CONCEDE" => "yield",
            "AID" or "COOPERATE" => "assist",
            "CONSULT" => "meet",
            _ => null,
        };
        if (mode is null || !lexicon.Categories.TryGetValue((request.Category.Type, mode), out var category))
            return;
        request.Category = request.PloverCategory = category;
        request.Explanations["type"] += $"; mode {mode}: what it asks for is told by '{act.Pattern.Text}' ({category.Line})";
    }

    // Auxiliaries that make the verb after "and" a finite one of the subject's own: "… and would not accept any agreement".
    private static readonly FrozenSet<string> FiniteAuxiliaries = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "would", "will", "could", "can", "may", "might", "should", "must", "has", "have", "had", "did", "does", "was", "were", "is", "are");

    /// <summary>"and" or "but" before an auxiliary opens a verb group of the subject's own, not another demanded act.</summary>
    private static bool OpensOwnVerbGroup(Document document, int token) =>
        document.MatchWord(token) is "and" or "but" && token + 1 < document.Tokens.Length
        && FiniteAuxiliaries.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.MatchWord(token + 1));

    /// <summary>A comma ends a list of demanded acts unless the next act of the list starts right after it.</summary>
    private static bool EndsList(Document document, int token, List<(PloverEvent Event, int First, int End)> found) =>
        document.MatchWord(token) is "," && !found.Exists(f => f.First == token + 1);

    /// <summary>
    /// Where the topic of a meeting starts: after its own "discuss", after "on" or "about" following it, after a word of
    /// purpose ("aimed at"), or after a "to discuss" of its clause (which then goes too); -1 when it names none.
    /// </summary>
    private static int TopicStart(Document document, Sentence sentence, (PloverEvent Event, int First, int End) meeting,
        List<(PloverEvent Event, int First, int End)> found, HashSet<PloverEvent> topics)
    {
        if (DiscussionVerbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.MatchWord(meeting.End - 1)))
            return meeting.End;
        for (var i = meeting.End; i < sentence.EndToken && i - meeting.End <= TopicReach; i++)
        {
            if (EndsTopic(document, i))
                return -1;
            if (found.FindIndex(f => f.First == i) is var at and >= 0)
            {
                var purpose = found[at];
                if (purpose.Event.Category.Type != "CONSULT" || !document.MatchWord(i - 1).Equals("to", StringComparison.OrdinalIgnoreCase)
                    || !DiscussionVerbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.MatchWord(purpose.End - 1)))
                    return -1;
                topics.Add(purpose.Event);
                return purpose.End;
            }
            if (PurposeWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.MatchWord(i)))
                return i + 1;
            // "met on Monday": a date is when, not what about.
            if (TopicOpeners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.MatchWord(i))
                && !(i + 1 < sentence.EndToken && Covered(document, document.Tokens[i + 1], MentionKind.Date)))
                return i + 1;
        }
        return -1;
    }

    /// <summary>
    /// A clause ends at the sentence's end, a break (";", a dash, a bracket) or a word opening another clause; so does a
    /// topic at "but", which tells how the meeting ended, not what it was about ("held talks about basing drones there,
    /// but no deal has been reached").
    /// </summary>
    private static bool EndsTopic(Document document, int token) =>
        document.Tokens[token].Kind is TokenKind.Terminal
        || ClauseBreaks.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.MatchWord(token))
        || ClauseOpeners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.MatchWord(token))
        || document.MatchWord(token).Equals("but", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A finite verb after "and" or a comma tells an act of its own: "discussed a truce and agreed to …"; so does a participle
    /// after a comma, which tells what the subject did beside the meeting ("endorsed a communique at a summit on peace in
    /// Ukraine, calling for …"), not what the meeting was about.
    /// </summary>
    private static bool TellsOwnAct(Document document, (PloverEvent Event, int First, int End) act) =>
        act.Event.Pattern.Form == EventForm.Verb && act.First > 0
        && (document.MatchWord(act.First).EndsWith("ing", StringComparison.OrdinalIgnoreCase)
            ? document.MatchWord(act.First - 1) is ","
            : OwnActOpeners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.MatchWord(act.First - 1)));
}
