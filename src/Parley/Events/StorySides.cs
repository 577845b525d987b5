using Parley.Documents;
using Parley.Places;

namespace Parley.Events;

/// <summary>
/// The countries a story is about, as its headline names them: "Mexico cuts ties with Ecuador after police storm its
/// embassy" is a story of Mexico and Ecuador, "Seven dead after Togo protests" one of Togo. Only a headline (a first
/// sentence that is a block of its own) says so: a lead sentence names givers, hosts and onlookers as readily as the sides.
/// </summary>
internal static class StorySides
{
    /// <summary>
    /// The distinct countries the headline names, in order, at most <paramref name="most"/>, each as a government at the
    /// words that name it: by a place that is a country or by an actor of no organisation ("Gnassingbé" stands for Togo).
    /// </summary>
    public static List<Participant> Of(Document document, int most)
    {
        var sides = new List<Participant>();
        if (document.Sentences.Length < 2 || document.Sentences[1].Block == document.Sentences[0].Block)
            return sides;
        var headline = document.Sentences[0];
        foreach (var m in document.Mentions)
        {
            if (m.Start >= headline.End || sides.Count == most)
                break;
            if (m.Start < headline.Start)
                continue;
            var code = m.Place is { Kind: PlaceKind.Country, Country: { } country } ? country
                : m.Actor is { Sector: not ("IGO" or "NGO"), Code.Length: 3 } actor ? actor.Code : null;
            if (code is not null && !sides.Exists(s => s.Code == code))
                sides.Add(new Participant(m.Start, m.End, code, "GOV", null));
        }
        return sides;
    }
}
