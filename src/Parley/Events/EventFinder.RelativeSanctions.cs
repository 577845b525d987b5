using Parley.Actors;
using Parley.Documents;
using Parley.Matching;

namespace Parley.Events;

public sealed partial class EventFinder
{
    // Nouns naming penalties a party lays on another, and the verbs that tell it laid them.
    private static readonly FewWords PenaltyNouns = new("sanctions", "measures", "curbs", "tariffs", "restrictions", "levies", "duties", "penalties", "embargo");
    private static readonly FewWords ImposingVerbs = new("imposed", "reimposed", "re-imposed", "slapped", "levied");
    private static readonly FewWords RestrictiveRelatives = new("that", "which");

    // How many words the imposer between the noun and its verb may take: "the United States", "the European Union".
    private const int ImposerReach = 4;

    // The pattern of events this finder adds; a pattern line cannot say "a name between", so it is written here.
    private readonly EventPattern relativeSanction = new(
        lexicon.Category("SANCTION", "discontinue"), EventForm.Verb, RoleFrame.SubjectObject,
        "sanctions|measures|curbs|tariffs|restrictions|levies|duties|penalties|embargo [that|which] IMPOSER [has|have|had] imposed|reimposed|re-imposed|slapped|levied",
        new LexiconSource("src/Parley/Events/EventFinder.RelativeSanctions.cs", 19));

    /// <summary>
    /// "the oil sanctions that Washington reimposed last year", "the measures the EU has imposed on Minsk", "tariffs Beijing
    /// slapped on Australian wine": penalties told as a noun whose imposer stands in a relative clause between it and the
    /// verb. The verb alone is the cue, so the imposer before it is its subject and the party after "on" its object, as
    /// when a pronoun stands there ("curbs it imposed", a pattern line); a pattern cannot say "a name between".
    /// </summary>
    private void AddRelativeSanctions(Document document, Sentence sentence, int s, List<(PloverEvent Event, int First, int End)> found)
    {
        var added = false;
        for (var verb = sentence.FirstToken + 2; verb < sentence.EndToken; verb++)
        {
            if (!ImposingVerbs.Contains(document.MatchWord(verb)) || found.Exists(f => f.First <= verb && verb < f.End))
                continue;
            var last = PerfectAuxiliaries.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.MatchWord(verb - 1)) ? verb - 2 : verb - 1;
            var noun = last;
            while (noun >= sentence.FirstToken && last - noun < ImposerReach && document.Tokens[noun].Kind == TokenKind.Word
                   && !PenaltyNouns.Contains(document.MatchWord(noun)) && !RestrictiveRelatives.Contains(document.MatchWord(noun)))
                noun--;
            if (noun < sentence.FirstToken || noun == last || !StartsName(document, noun + 1))
                continue;
            if (RestrictiveRelatives.Contains(document.MatchWord(noun)))
                noun--;
            if (noun < sentence.FirstToken || !PenaltyNouns.Contains(document.MatchWord(noun)))
                continue;
            var e = new PloverEvent(relativeSanction, new TextSpan(document.Tokens[verb].Start, document.Tokens[verb].End), s);
            e.Explanations["type"] = "events: penalties told as a noun, their imposer in a relative clause before the verb";
            // Penalties a party lives under were laid before the news that names them: the imposition is history.
            e.Modality = EventModality.Historical;
            e.ModalityFromCue = true;
            e.Explanations["modality"] = "modality: penalties named as in force, laid before the news";
            found.Add((e, verb, verb + 1));
            added = true;
        }
        if (added)
            found.Sort((a, b) => a.First.CompareTo(b.First));
    }

    // An imposer opens with a capital ("Washington", "the EU" after "the") or with "the" ("the bloc").
    private static bool StartsName(Document document, int token)
    {
        var word = document.MatchWord(token);
        return char.IsUpper(word[0]) || word.Equals("the", StringComparison.OrdinalIgnoreCase);
    }
}
