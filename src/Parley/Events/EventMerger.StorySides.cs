using System.Collections.Frozen;
using Parley.Documents;

namespace Parley.Events;

public sealed partial class EventMerger
{
    /// <summary>
    /// Types of act a side of a story aims at the other even when no telling of it names a target: words against or
    /// demands of someone ("Caracas condemned the build-up", "Abidjan has not asked the instructors to leave"), threats,
    /// penalties and concessions. Not refusals, most often of a thing rather than of someone; nor violence, which between
    /// two sides is as often an exchange with no recipient; nor meetings, deals, help or moves, which a side makes with many.
    /// </summary>
    private static readonly FrozenSet<string> AimedAcrossTypes = FrozenSet.Create(StringComparer.Ordinal,
        "ACCUSE", "REQUEST", "THREATEN", "SANCTION", "CONCEDE");

    /// <summary>
    /// In a story of two countries, as its headline (a heading) tells ("Mexico cuts ties with Ecuador after police storm its embassy"),
    /// an act that no telling gave a target, of a type aimed at someone (<see cref="AimedAcrossTypes"/>), done by one side
    /// is aimed at the other. An act of neither side (a mediator's, an onlooker's) or of both says nothing of whom it is
    /// aimed at; nor does a story of one country, whose own acts the tuning articles aim at it as often as not. Decided on
    /// the merged event, once no mention of it has named a target; the recipient points at the headline's words.
    /// </summary>
    private static void AimAtStorySides(Document document, List<PloverEvent> kept)
    {
        // Only a headline set as a heading: a wire's one-sentence lead paragraph also names its dateline and onlookers.
        if (StorySides.Of(document, most: 2) is not [var one, var other] || !ModalityTagger.InHeadline(document, 0))
            return;
        foreach (var k in kept)
        {
            if (k.Recipients.Count > 0 || k.Actors.Count == 0 || !AimedAcrossTypes.Contains(k.Category.Type))
                continue;
            bool Acts(Participant side) => k.Actors.Exists(a => a.Code == side.Code);
            if (Acts(one) == Acts(other))
                continue;
            k.Recipients.Add(Acts(one) ? other : one);
            k.Explanations["recipient"] = "merge: no telling names a target; the act of one side the headline names is aimed at the other";
        }
    }
}
