using Parley.Actors;
using Parley.Documents;
using Parley.Text;

namespace Parley.Mentions;

/// <summary>When a name stands in a location slot, and how regions and lists of places are read.</summary>
public sealed partial class EntityRecognizer
{
    private static bool IsAdminSuffix(ReadOnlySpan<char> word) =>
        word.Equals("province", StringComparison.OrdinalIgnoreCase) || word.Equals("region", StringComparison.OrdinalIgnoreCase)
        || word.Equals("oblast", StringComparison.OrdinalIgnoreCase) || word.Equals("governorate", StringComparison.OrdinalIgnoreCase)
        || word.Equals("state", StringComparison.OrdinalIgnoreCase) || word.Equals("district", StringComparison.OrdinalIgnoreCase)
        || word.Equals("county", StringComparison.OrdinalIgnoreCase) || word.Equals("prefecture", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// "Israeli Troops Killed In Surprise Raid", "Reading the report, …": where a capital says nothing (a Title Case
    /// headline, a sentence's first word), a town named like an ordinary word is no place unless the text backs it:
    /// a qualifier after it ("Surprise, Arizona"), its region named anywhere in the document, its country named in
    /// the same sentence ("Crowds Gather In Nice After France Attack") or already named as a place. A name that also
    /// means a country, person or organisation is read as before.
    /// </summary>
    private bool IsCommonWordOnly(List<Chunk> chunks, int k, RecognitionState state, int sentenceStart)
    {
        var chunk = chunks[k];
        if (chunk.End - chunk.Start != 1 || !(state.TitleCase || chunk.Start == sentenceStart)
            || !lexicon.Gazetteer.IsCommonWord(Word(state.Document.MatchText, state, chunk.Start)))
            return false;
        var names = chunk.Names!;
        for (var i = 0; i < names.Count; i++)
        {
            if (names[i].Place is not { Kind: Places.PlaceKind.City or Places.PlaceKind.Locality } place
                || state.PlaceCountryCount(place.Country) > 0 || (place.Admin1 is { } region && WholeWords.Contains(state.Document.Text, region, StringComparison.Ordinal))
                || NamesCountryElsewhere(chunks, k, place.Country))
                return false;
        }
        return QualifiedPlace(chunks, k, state) is null;
    }

    /// <summary>Whether a name chunk of the sentence other than chunk <paramref name="k"/> means country <paramref name="code"/> or a place in it.</summary>
    private static bool NamesCountryElsewhere(List<Chunk> chunks, int k, string code)
    {
        for (var j = 0; j < chunks.Count; j++)
        {
            if (j != k && chunks[j].Kind == ChunkKind.Name && chunks[j].Names!.Any(n => n.Country?.Code == code || n.Place?.Country == code))
                return true;
        }
        return false;
    }

    /// <summary>
    /// "the West" is Western governments as one actor, but a compass point named without "the" or inside a longer
    /// name is some other name ("West Point", "Kanye West", "the West Midlands"), and after a locative word a
    /// direction ("moved to the West"): a country phrase that is a direction means the actor only as "the" + it alone.
    /// </summary>
    private bool IsBareCompassPoint(List<Chunk> chunks, int k, RecognitionState state, int sentenceStart)
    {
        var chunk = chunks[k];
        if (chunk.End - chunk.Start != 1 || !lexicon.Cues.IsDirection(Word(state.Document.MatchText, state, chunk.Start))
            || !chunk.Names!.Any(n => n.Country?.Kind is CountryPhraseKind.Name or CountryPhraseKind.ShortForm))
            return false;
        // "fled to the South" in a Korean story is a place, which a short form's namesakes decide (IsShortFormOutOfContext).
        var direction = !chunk.Names!.Any(n => n.Country?.Kind == CountryPhraseKind.ShortForm) && IsLocative(chunk.Start, state, sentenceStart);
        return k == 0 || chunks[k - 1].Kind != ChunkKind.The || direction
            || (k + 1 < chunks.Count && chunks[k + 1].Kind is ChunkKind.Capitalised or ChunkKind.Name);
    }

    /// <summary>"the South" in a story that has named neither Korea: a short form whose namesakes are all unnamed means no country.</summary>
    private bool IsShortFormOutOfContext(Chunk chunk, RecognitionState state)
    {
        foreach (var name in chunk.Names!)
        {
            if (name.Country is not { Kind: CountryPhraseKind.ShortForm } shortForm)
                continue;
            foreach (var code in lexicon.NamesakesOf(shortForm))
            {
                if (state.ActorCodeNamed(code) || state.PlaceCountryCount(code) > 0)
                    return false;
            }
            return true;
        }
        return false;
    }

    /// <summary>"to the Marshall Islands, Tuvalu and Palau": a name joined by a comma or "and" to the place just before is a place too.</summary>
    private static bool ContinuesAListOfPlaces(List<Chunk> chunks, int k, RecognitionState state)
    {
        if (k < 2 || !IsJoiner(chunks[k - 1], state) || state.Mentions.Count == 0)
            return false;
        var previous = state.Mentions[^1];
        var (_, end) = state.CharRange(chunks[k - 2].Start, chunks[k - 2].End);
        return previous.Kind == MentionKind.Place && previous.End == end;
    }

    /// <summary>The prepositions a word of travel makes locative ("trip to", "fired from"); the chunker reads a role noun before one as a verb.</summary>
    internal static readonly System.Collections.Frozen.FrozenSet<string> TravelPrepositions =
        System.Collections.Frozen.FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "to", "for", "toward", "towards", "from");

    /// <summary>
    /// Whether the name at <paramref name="token"/> stands in a location slot: after a locative preposition
    /// ("in", "near"), a partitive ("outskirts of"), a boundary ("border with"), a verb of reaching
    /// ("entered", "visited"), or "to"/"for"/"from" after a word of travel ("trip to", "fired from").
    /// </summary>
    private bool IsLocative(int token, RecognitionState state, int sentenceStart)
    {
        var text = state.Document.MatchText.AsSpan();
        var before = token - 1;
        // "in neighbouring Niger", "to the nearby Philippines": an adjective of place stands outside the name.
        if (before >= sentenceStart && lexicon.Cues.IsLocativeAdjective(Word(text, state, before)))
            before--;
        if (before >= sentenceStart && Word(text, state, before) is "the" or "The")
            before--;
        if (before < sentenceStart)
            return false;
        var word = Word(text, state, before);
        if (lexicon.Cues.IsLocative(word) || lexicon.Cues.IsReach(word))
            return true;
        // Ignoring case: a Title Case headline capitalises them ("Flees To Moscow").
        if (before > sentenceStart && word.Equals("of", StringComparison.OrdinalIgnoreCase))
            return lexicon.Cues.IsPartitive(Word(text, state, before - 1)) || PersonEndsAt(state, before - 1);
        if (before > sentenceStart && word.Equals("with", StringComparison.OrdinalIgnoreCase))
            return lexicon.Cues.IsBoundary(Word(text, state, before - 1));
        if (!TravelPrepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
            return false;
        for (int i = before - 1, words = 0; i >= sentenceStart && words < MotionReach; i--)
        {
            if (lexicon.Cues.IsMotion(Word(text, state, i)))
                return true;
            // "travelled overnight by train from Poland": the means of travel stands between the verb and "from".
            if (i > sentenceStart && Word(text, state, i - 1) is "by")
                i--;
            else
                words++;
        }
        return false;
    }

    /// <summary>
    /// "a Chinese attack on Taiwan", "any move on Taiwan": after a noun of military action and "on", a name
    /// standing alone is the territory hit, a place ("attacks on U.S. forces" hit the forces, read as an actor).
    /// </summary>
    private static bool IsTerritoryHit(List<Chunk> chunks, int k, RecognitionState state, int sentenceStart)
    {
        var on = chunks[k].Start - 1;
        if (on - 1 < sentenceStart || state.Document.MatchWord(on) is not "on" || (k + 1 < chunks.Count && chunks[k + 1].Kind == ChunkKind.Role))
            return false;
        return AttackNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(state.Document.MatchWord(on - 1));
    }

    // Nouns of military action whose "on" names the territory hit ("sanctions on Syria" name a target, no place).
    private static readonly System.Collections.Frozen.FrozenSet<string> AttackNouns = System.Collections.Frozen.FrozenSet.Create(StringComparer.Ordinal,
        "attack", "attacks", "assault", "strike", "strikes", "airstrike", "airstrikes", "raid", "raids", "invasion", "offensive", "move", "bombardment");

    // How many words a word of travel may stand before "to" or "from" ("trip to", "fired from"), past a means of travel ("by train").
    private const int MotionReach = 3;

    /// <summary>"a fight in Congress", "a vote in the Knesset": "in" a legislature is inside the body, not its building.</summary>
    private static bool IsInsideLegislature(NameEntry? name, int token, RecognitionState state, int sentenceStart)
    {
        if (name?.Country is not { Kind: CountryPhraseKind.Metonym or CountryPhraseKind.Institution, Sector: "LEG" })
            return false;
        var before = token - 1;
        if (before >= sentenceStart && state.Document.MatchWord(before) is "the")
            before--;
        return before >= sentenceStart && state.Document.MatchWord(before) is "in" or "In";
    }

    /// <summary>"Rep. Marjorie Taylor Greene of Georgia": after a named person, "of" introduces where they come from.</summary>
    private static bool PersonEndsAt(RecognitionState state, int token) =>
        state.Mentions.Count > 0 && state.Mentions[^1] is { Actor: { Name: not null, Role: not null } } last
        && last.Evidence is not ("coreference" or PronounEvidence) && last.End == state.Document.Tokens[token].End;

    /// <summary>
    /// "Paris, Texas", "Tripoli, Lebanon", "Taizhou in Jiangsu": a name followed by a comma (or "in") and a
    /// region or country it lies in means the place there — the gazetteer's if it has one, else the qualifier's location under the
    /// name (a town too small for the gazetteer still gets the right country).
    /// </summary>
    private (PlaceReference Place, string Evidence)? QualifiedPlace(List<Chunk> chunks, int k, RecognitionState state)
    {
        if (k + 2 >= chunks.Count || chunks[k + 2].Kind != ChunkKind.Name
            || Word(state.Document.MatchText, state, chunks[k + 1].Start) is not ("," or "in"))
            return null;
        // "Taizhou in Jiangsu" picks among places of that name; "a village in Texas" is left to the locative rules.
        var comma = Word(state.Document.MatchText, state, chunks[k + 1].Start) is ",";
        // "terms published by Kyiv, Ukraine will pay": a name followed by a verb is a subject, not a qualifier.
        if (k + 3 < chunks.Count && Word(state.Document.MatchText, state, chunks[k + 3].Start) is var after
            && lexicon.Actors.PredicateWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(after) && !lexicon.Cues.IsLocative(after)
            && after is not ("on" or "of" or "at" or "for" or "to" or "from" or "with" or "by"))
            return null;
        var qualifier = chunks[k + 2].Names!.Select(n => n.Place).FirstOrDefault(p => p?.Kind is Places.PlaceKind.Admin1 or Places.PlaceKind.Country);
        // Only towns and cities are qualified this way; "Russia, Ukraine and Belarus" is a list of countries.
        var names = chunks[k].Names!;
        if (qualifier is null || names.Any(n => n.Place?.Kind is Places.PlaceKind.Country || n.Country?.Kind is CountryPhraseKind.Name or CountryPhraseKind.Demonym)
            || !names.Any(n => n.Place?.Kind is Places.PlaceKind.City or Places.PlaceKind.Capital or Places.PlaceKind.Locality))
            return null;
        var there = names.Select(n => n.Place).OfType<Places.PlaceEntry>()
            .Where(p => p.Country == qualifier.Country && (qualifier.Kind == Places.PlaceKind.Country || p.Admin1 == qualifier.Name))
            .MaxBy(p => p.Population);
        if (there is not null)
            return (PlaceReference.From(there), there.Line.ToString());
        if (!comma)
            return null;
        var (start, end) = state.CharRange(chunks[k].Start, chunks[k].End);
        var name = state.Document.Text[start..end];
        return (new PlaceReference(name, Places.PlaceKind.Locality, qualifier.Country, qualifier.Kind == Places.PlaceKind.Admin1 ? qualifier.Name : null,
            qualifier.Latitude, qualifier.Longitude), $"qualified by {qualifier.Name} ({qualifier.Line})");
    }

    // A dateline opens one of the first blocks (the headline and a standfirst may come before it).
    private const int DatelineBlocks = 3;

    /// <summary>
    /// "DOHA, Jan 15 (Reuters) —", "WASHINGTON/LONDON, Jan 11 —", "ANCHORAGE, Alaska (Meridian Post) —": the
    /// places of a wire dateline, in capitals that the case-sensitive name lexicon does not match, are where
    /// the story was filed. A town the gazetteer lacks takes the region or country written after it.
    /// </summary>
    private void AddDatelinePlaces(RecognitionState state, Dateline? dateline)
    {
        if (dateline is not { } found)
            return;
        var (block, written, _, qualifier) = found;
        var document = state.Document;
        var text = document.Text.AsSpan(block.Start, block.End - block.Start);
        var at = block.Start + text.IndexOf(written, StringComparison.Ordinal);
        foreach (var part in written.Split('/'))
        {
            var name = part.Trim();
            var start = document.Text.IndexOf(name, at, StringComparison.Ordinal);
            var end = start + name.Length;
            at = end;
            if (state.Mentions.Exists(m => m.Start < end && start < m.End) || document.Mentions.Any(m => m.Start < end && start < m.End))
                continue;
            var place = DatelinePlace(name, qualifier);
            var reference = place is not null ? PlaceReference.From(place)
                : qualifier is not null ? new PlaceReference(document.Text[start..end], Places.PlaceKind.Locality, qualifier.Country,
                    qualifier.Kind == Places.PlaceKind.Admin1 ? qualifier.Name : null, qualifier.Latitude, qualifier.Longitude)
                : null;
            if (reference is not null)
                state.Add(new Mention(MentionKind.Place, start, end, Name) { Place = reference, Evidence = $"dateline; {(place ?? qualifier)!.Line}", IsDateline = true });
        }
        // "ANCHORAGE, Alaska", "CAMP DAVID, Md.": the region is part of the dateline too, where the story was
        // filed, not where its events happen.
        if (DatelineRegion(document, dateline) is var (regionStart, regionEnd, regionPlace))
        {
            var read = state.Mentions.FindIndex(m => m.Start == regionStart && m.End == regionEnd && m.Kind == MentionKind.Place);
            if (read >= 0 && !state.Mentions[read].IsDateline)
                state.Mentions[read] = state.Mentions[read] with { IsDateline = true, Evidence = $"dateline; {state.Mentions[read].Evidence}" };
            else if (read < 0 && !state.Mentions.Exists(m => m.Start < regionEnd && regionStart < m.End))
                state.Add(new Mention(MentionKind.Place, regionStart, regionEnd, Name) { Place = PlaceReference.From(regionPlace), Evidence = $"dateline; {regionPlace.Line}", IsDateline = true });
        }
    }

    /// <summary>Where the region or country after a dateline's places is written ("ANCHORAGE, Alaska"), with its gazetteer entry; null when there is none.</summary>
    private static (int Start, int End, Places.PlaceEntry Place)? DatelineRegion(Document document, Dateline? dateline)
    {
        if (dateline is not { Qualifier: { } qualifier, Region: { } region } found)
            return null;
        var block = found.Block;
        var placesEnd = document.Text.IndexOf(found.Written, block.Start, block.End - block.Start, StringComparison.Ordinal);
        if (placesEnd < 0)
            return null;
        placesEnd += found.Written.Length;
        var start = document.Text.IndexOf(region, placesEnd, block.End - placesEnd, StringComparison.Ordinal);
        return start < 0 ? null : (start, start + region.Length, qualifier);
    }

    /// <summary>The document's wire dateline, in one of its first blocks, or null.</summary>
    private Dateline? ReadDateline(Document document)
    {
        for (var b = 0; b < document.Blocks.Length && b < DatelineBlocks; b++)
        {
            var block = document.Blocks[b];
            if (!Dates.DatelineParser.TryParsePlace(document.Text.AsSpan(block.Start, block.End - block.Start), out var written, out var region))
                continue;
            var qualifier = region is null ? null : lexicon.Gazetteer.Named(region).FirstOrDefault(p => p.Kind is Places.PlaceKind.Admin1 or Places.PlaceKind.Country);
            return new Dateline(block, written, region, qualifier);
        }
        return null;
    }

    /// <summary>The gazetteer's place of a dateline name: in the qualifier's country if one is written, the capital or the most populous.</summary>
    private Places.PlaceEntry? DatelinePlace(string name, Places.PlaceEntry? qualifier)
    {
        Places.PlaceEntry? best = null;
        var named = lexicon.Gazetteer.Named(name);
        for (var i = 0; i < named.Count; i++)
        {
            var p = named[i];
            if (p.Kind is Places.PlaceKind.Region || (qualifier is not null && p.Country != qualifier.Country))
                continue;
            if (best is null || (p.Kind is Places.PlaceKind.Capital, p.Population).CompareTo((best.Kind is Places.PlaceKind.Capital, best.Population)) > 0)
                best = p;
        }
        return best;
    }

    /// <summary>The country a document was filed from, by its dateline: where its police are when nothing nearer says.</summary>
    private string? DatelineCountry(Dateline? dateline) =>
        dateline is { } d ? d.Qualifier?.Country ?? DatelinePlace(d.Written.Split('/')[0].Trim(), null)?.Country : null;

    /// <summary>A wire dateline: its block, the place names written in it, and the region or country after them (and its gazetteer entry).</summary>
    private readonly record struct Dateline(Block Block, string Written, string? Region, Places.PlaceEntry? Qualifier);
}
