namespace Parley.Mentions;

public sealed partial class EntityRecognizer
{
    /// <summary>
    /// "Foreign Minister Moosa Zameer met his Indian counterpart": a titled person the lexicon does not know, coded by the
    /// country in sight, is not of the country of their own counterpart. Such a person (and the surname taking them up
    /// later) is given the dateline's country instead, or else the story's most named other country.
    /// </summary>
    private static void RecodeAcrossFromCounterparts(RecognitionState state)
    {
        var mentions = state.Mentions;
        for (var i = 0; i < mentions.Count; i++)
        {
            if (mentions[i] is not { Evidence: "context", Actor: { Name: { } name } person } || CounterpartOf(state, i) is not { } counterpart
                || counterpart.Code != person.Code
                || (state.DatelineCountry is { } filed && filed != person.Code ? filed : state.MostNamedCountry(except: person.Code)) is not { } home)
                continue;
            for (var k = i; k < mentions.Count; k++)
            {
                if (mentions[k].Actor is { } same && same.Name == name && same.Code == person.Code)
                    mentions[k] = mentions[k] with { Actor = same with { Code = home } };
            }
        }
    }

    /// <summary>
    /// The actor named in "his|her|their X counterpart" within a few words after the <paramref name="index"/>-th mention,
    /// in its sentence: the actor mention nearest after it (mentions are not kept in the order of the text: a person whose
    /// country waited for the sentence's end comes after the names that follow them).
    /// </summary>
    private static ActorReference? CounterpartOf(RecognitionState state, int index)
    {
        var after = state.Mentions[index].End;
        Mention? next = null;
        for (var j = 0; j < state.Mentions.Count; j++)
        {
            var m = state.Mentions[j];
            if (m.Actor is not null && m.Start >= after && m.Start - after <= CounterpartReach && state.SentenceOf(j) == state.SentenceOf(index)
                && (next is null || m.Start < next.Start))
                next = m;
        }
        if (next is null)
            return null;
        var text = state.Document.MatchText;
        var before = text.AsSpan(after, next.Start - after).TrimEnd();
        return (before.EndsWith(" his", StringComparison.OrdinalIgnoreCase) || before.EndsWith(" her", StringComparison.OrdinalIgnoreCase)
                || before.EndsWith(" their", StringComparison.OrdinalIgnoreCase))
               && text.AsSpan(next.Start, next.End - next.Start).EndsWith(" counterpart", StringComparison.OrdinalIgnoreCase) ? next.Actor : null;
    }

    // How many characters may stand between a person and "his … counterpart" ("met", "held talks with").
    private const int CounterpartReach = 40;
}
