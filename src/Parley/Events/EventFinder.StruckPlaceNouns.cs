using System.Collections.Frozen;
using Parley.Documents;
using Parley.Mentions;

namespace Parley.Events;

public sealed partial class EventFinder
{
    // How many sentences back a place named again by a common noun ("the capital") may have been named.
    private const int StruckPlaceSentences = 3;

    // Prepositions by which a strike names what it hits: "fired missiles at the country", "strikes on the city".
    private static readonly FrozenSet<string> StrikePrepositions = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "at", "on", "against", "into");

    /// <summary>
    /// "Iran fired 180 missiles at the country", "Russian drones attacked the capital": violence or coercion that strikes places and
    /// names what it hits only by a common noun for a place hits the place named last before it — in its sentence, else
    /// in the few sentences before — and so the people of that place's country. A country named there as a party ("bolster Israel's air defences")
    /// stands for itself too, but not a person or a body of it ("while he was in the city"). A place of the actor's own country is
    /// passed over: a strike on "the country" told right after the attacker's own capital is aimed elsewhere. Troops sent "to the region" go there, and strike no one by it.
    /// </summary>
    private static void StrikePlaceNamedAgain(SentenceClauses clause, PloverEvent e, int first, int end)
    {
        if (e.Recipients.Count > 0 || e.Category.Type is not ("ASSAULT" or "COERCE") || !e.Category.PlaceIsTarget || e.Pattern.Roles == RoleFrame.Parties)
            return;
        var at = StruckPlaceNoun(clause, end);
        if (at < 0)
            return;
        var document = clause.Document;
        var from = document.Sentences[Math.Max(0, e.Sentence - StruckPlaceSentences)].Start;
        var before = document.Tokens[first].Start;
        for (var i = document.Mentions.Length - 1; i >= 0; i--)
        {
            var m = document.Mentions[i];
            if (m.End > before || m.Start < from
                || (m.Kind == MentionKind.Place ? m.Place?.Country : m.Actor is { Name: null, Role: null } bare ? bare.Code : null) is not { } country || e.Actors.Exists(a => a.Code == country))
                continue;
            e.Recipients.Add(new Participant(document.Tokens[at].Start, document.Tokens[at + 1].End, country, "CVL", null));
            e.Explanations["recipient"] = $"events: the place struck is named again by \"{document.MatchWord(at)} {document.MatchWord(at + 1)}\"; the place named before it";
            return;
        }
    }

    /// <summary>
    /// The token of "the" opening "the city", "the country" as the cue's object, right after the cue ending at <paramref name="end"/>
    /// or after a strike preposition a few words on ("fired some 180 ballistic missiles at the country"); −1 if none.
    /// </summary>
    private static int StruckPlaceNoun(SentenceClauses clause, int end)
    {
        var limit = Math.Min(clause.Sentence.EndToken - 1, end + GivenObjectReach);
        for (var i = end; i < limit; i++)
        {
            if (clause.Document.Tokens[i].Kind is TokenKind.Punctuation or TokenKind.Terminal || clause.CueBetween(i, i + 1))
                return -1;
            if (i == end || clause.Is(i - 1, StrikePrepositions))
            {
                if (clause.Is(i, PlaceDeterminers) && clause.Is(i + 1, PlaceNouns))
                    return i;
                if (i > end)
                    return -1;
            }
        }
        return -1;
    }
}
