using Parley.Documents;
using Parley.Matching;

namespace Parley.Events;

public sealed partial class EventFinder
{
    // Verbs by which a party says what it will do; "would" or "will" after them tells its own intent.
    private static readonly FewWords IntentSayings = new("said", "says", "told", "tells", "warned", "warns", "vowed", "vows", "declared", "insisted", "insists");
    private static readonly FewWords IntentFutures = new("would", "will");
    private static readonly FewWords Conditions = new("if", "unless");

    /// <summary>
    /// "Biden said the United States would stop supplying weapons to Israel if its forces entered Rafah", "he said he would
    /// arrest Morales if Morales ran again": a hostile act a party says it would do on a condition the other side controls
    /// is a threat (PLOVER THREATEN), made when said, not the act itself. After "warned" the threat is already the warning's,
    /// and the act stays what it warns of ("warned that Russia would strike Kyiv if", a future ASSAULT).
    /// "could" is no intent ("warned that Russia could use nuclear weapons if"), and analysts speaking for someone else
    /// make no threat: the sayer must be the one who would act.
    /// </summary>
    private void ThreatenOnCondition(Document document, Sentence sentence, List<MentionSpan> mentions, List<(PloverEvent Event, int First, int End)> found)
    {
        foreach (var (e, first, end) in found)
        {
            if (e.Category.Type is not ("SANCTION" or "COERCE" or "ASSAULT") || e.Pattern.Form != EventForm.Verb || e.Actors.Count == 0
                || IntentSaying(document, sentence, first) is not { } saying || !SaidByActor(mentions, saying, e) || !ConditionAfter(document, sentence, end)
                || found.Exists(f => f.Event.Category.Type == "THREATEN" && f.First <= saying && saying < f.End))
                continue;
            e.Category = e.PloverCategory = lexicon.Category("THREATEN", ThreatenedMode(e.Category));
            e.Explanations["type"] += "; a hostile act the actor says it would do on a condition is a threat";
            e.Modality = EventModality.Asserted;
            e.ModalityFromCue = true;
            e.Explanations["modality"] = "modality: a threat is made when it is said";
        }
    }

    /// <summary>The saying verb before the "would" or "will" right before the cue at <paramref name="first"/>; null when there is none.</summary>
    private static int? IntentSaying(Document document, Sentence sentence, int first)
    {
        var before = first - 1;
        if (before > sentence.FirstToken && document.MatchWord(before).EndsWith("ly", StringComparison.OrdinalIgnoreCase))
            before--;
        if (before <= sentence.FirstToken || !IntentFutures.Contains(document.MatchWord(before)))
            return null;
        for (var i = before - 1; i >= sentence.FirstToken; i--)
        {
            if (IntentSayings.Contains(document.MatchWord(i)))
                return i;
        }
        return null;
    }

    /// <summary>Whether a name before the saying verb at <paramref name="saying"/> is of the same party as the act's first actor.</summary>
    private static bool SaidByActor(List<MentionSpan> mentions, int saying, PloverEvent e) =>
        mentions.Exists(m => m.EndToken <= saying && m.Mention.Actor?.Code == e.Actors[0].Code);

    /// <summary>Whether "if" or "unless" follows the cue in its sentence.</summary>
    private static bool ConditionAfter(Document document, Sentence sentence, int end)
    {
        for (var i = end; i < sentence.EndToken; i++)
        {
            if (Conditions.Contains(document.MatchWord(i)))
                return true;
        }
        return false;
    }

    /// <summary>The THREATEN mode of a threatened act: an arrest, an expulsion, violence, else a restriction.</summary>
    private static string ThreatenedMode(EventCategory act) => act switch
    {
        { Type: "ASSAULT" } => "violence",
        { Type: "COERCE", Mode: "arrest" } => "arrest",
        { Mode: "expel" or "deport" } => "expel",
        _ => "restrict",
    };
}
