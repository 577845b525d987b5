using Parley.Documents;

namespace Parley.Mentions;

/// <summary>Reading people's names: known office-holders, unknown names after titles, given names and initials.</summary>
public sealed partial class EntityRecognizer
{
    /// <summary>A name after a role: a known person, or capitalised words (and initials) the lexicon does not know.</summary>
    private static (int End, PersonEntry? Person, string? Name) ReadPersonName(List<Chunk> chunks, int at, RecognitionState state, string? code = null)
    {
        var end = at;
        var text = state.Document.MatchText.AsSpan();
        // Title Case headings capitalise every word ("EU Special Envoy Arrives in Chisinau"): only known people count there.
        // A heading in sentence case capitalises only names ("Belarus frees opposition figure Tsikhanouski").
        var inHeading = state.TitleCase && state.Document.Blocks[state.Document.Sentences[state.CurrentSentence].Block].Kind == BlockKind.Heading;
        while (end < chunks.Count && IsNamePart(chunks[end], text, state))
            end++;
        if (end < chunks.Count && chunks[end].Kind == ChunkKind.Name && ChoosePerson(chunks[end].Names!, state, code) is { } known
            && !ContinuesAsName(chunks, end + 1, text, state) && AgreesWithGivenNames(known, chunks, at, end, state))
            return (end + 1, known, null);
        // After a given name any capitalised word continues the name, even one the gazetteer knows ("Lin Jian").
        while (end < chunks.Count && (IsNamePart(chunks[end], text, state)
               || (chunks[end].Kind == ChunkKind.Name && (end > at || chunks[end].Names!.Any(n => n.Kind == NameKind.Person)))))
            end++;
        if (end == at || inHeading)
            return (at, null, null);
        var (start, stop) = state.CharRange(chunks[at].Start, chunks[end - 1].End);
        return (end, null, state.Document.Text[start..stop]);
    }

    /// <summary>
    /// The person a name means when several share it ("Tedros" as Ethiopia's foreign minister and as
    /// WHO chief): one in office on the publication date, of the country or organisation named with it;
    /// else the one nearest in time ("Assad" the day after Bashar al-Assad fell is still he, not his father).
    /// </summary>
    private static PersonEntry? ChoosePerson(IReadOnlyList<NameEntry> names, RecognitionState state, string? code)
    {
        PersonEntry? best = null;
        var bestScore = -1;
        // An index loop: foreach over the interface boxes an enumerator, for every name read.
        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i];
            if (name.Person is not { } person)
                continue;
            var score = (state.PublicationDate is { } day && person.ServedOn(day) ? 2 : 0) + (code is not null && person.HeldOfficeIn(code) ? 2 : 0);
            if (score > bestScore || (score == bestScore && state.PublicationDate is { } published && person.DistanceInDays(published) < best!.DistanceInDays(published)))
            {
                best = person;
                bestScore = score;
            }
        }
        return best;
    }

    /// <summary>An unknown capitalised word or an initial ("K.P.") that can be part of a person's name.</summary>
    private static bool IsNamePart(Chunk chunk, ReadOnlySpan<char> text, RecognitionState state)
    {
        if (chunk.End - chunk.Start != 1)
            return false;
        var token = state.Document.Tokens[chunk.Start];
        var word = text.Slice(token.Start, token.Length);
        return chunk.Kind == ChunkKind.Capitalised ? !CalendarWords.Contains(word)
            : token.Kind == TokenKind.Abbreviation && char.IsUpper(word[0]) && word.Length <= 4;
    }

    /// <summary>"Lindsey Graham" is not "Bill Graham": words before a matched surname must begin the person's name.</summary>
    private static bool AgreesWithGivenNames(PersonEntry person, List<Chunk> chunks, int first, int surname, RecognitionState state)
    {
        if (surname == first)
            return true;
        var (start, end) = state.CharRange(chunks[first].Start, chunks[surname - 1].End);
        var given = state.Document.MatchText[start..end];
        return person.Name.StartsWith(given, StringComparison.OrdinalIgnoreCase)
            || person.Terms.Any(t => t.Aliases.Any(a => a.StartsWith(given, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>True when a capitalised unknown word follows: the name goes on, so it is someone else's ("Itamar Ben-Gvir" is not "Itamar Franco").</summary>
    private static bool ContinuesAsName(List<Chunk> chunks, int next, ReadOnlySpan<char> text, RecognitionState state) =>
        next < chunks.Count && chunks[next].Kind == ChunkKind.Capitalised && IsNamePart(chunks[next], text, state);

    /// <summary>The words of <paramref name="chunk"/> as written.</summary>
    private static string ChunkText(Chunk chunk, RecognitionState state)
    {
        var (start, end) = state.CharRange(chunk.Start, chunk.End);
        return state.Document.Text[start..end];
    }
}
