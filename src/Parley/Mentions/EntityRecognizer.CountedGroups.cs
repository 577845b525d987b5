using System.Collections.Frozen;

namespace Parley.Mentions;

/// <summary>"the five governments", "the three European countries": a group counted by number, taken up from the list that named it.</summary>
public sealed partial class EntityRecognizer
{
    // Number words that count a group of three sides or more ("the five countries"); "two" makes a pair.
    private static readonly FrozenDictionary<string, int> GroupCounts = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Nouns for a counted group of sides ("the five countries", "the three governments"); not people or forces ("the three soldiers").
    private static readonly FrozenSet<string> SideNouns = FrozenSet.Create(StringComparer.Ordinal,
        "sides", "countries", "nations", "states", "republics", "governments", "factions", "delegations");

    // Words that may describe a counted group's noun ("the three European countries", "the five former Soviet republics").
    private const int MaxGroupModifiers = 2;

    /// <summary>
    /// The number of sides a "the" + number word at chunk <paramref name="k"/> counts and the chunk of its noun
    /// ("the five countries", "the three European countries"); null when it counts no group of three or more sides.
    /// </summary>
    private static (int Size, int Noun)? CountedGroup(List<Chunk> chunks, int k, RecognitionState state)
    {
        if (k == 0 || chunks[k - 1].Kind != ChunkKind.The || !GroupCounts.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(Word(state.Document.MatchText.AsSpan(), state, chunks[k].Start), out var size))
            return null;
        for (var n = k + 1; n < chunks.Count && n - k - 1 <= MaxGroupModifiers; n++)
        {
            var chunk = chunks[n];
            var word = Word(state.Document.MatchText.AsSpan(), state, chunk.Start);
            if (SideNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
                return (size, n);
            if (chunk.Kind is not (ChunkKind.Name or ChunkKind.Capitalised or ChunkKind.Other) || !char.IsLetter(word[0]))
                return null;
        }
        return null;
    }

    /// <summary>
    /// "Britain, Canada, Australia, New Zealand and Norway imposed travel bans … Rubio urged the five governments to
    /// reverse them": a group counted by number stands for the latest list of exactly that many sides the text named
    /// outright before it, one mention per side; its modifiers are read with it ("the three European countries" are
    /// the three, not Europe). False when no such list was named (the group is then left to the pair reading for three).
    /// </summary>
    private bool ReadCountedGroup(List<Chunk> chunks, int k, RecognitionState state, int size, int noun)
    {
        var firstToken = chunks[k - 1].Start;
        var subject = SubjectActingOn(state, firstToken) is { } s ? PairKey(s.Actor!, false) : null;
        if (ListOfSides(state, state.Document.Tokens[firstToken].Start, size, subject) is not { } list)
            return false;
        var (start, end) = state.CharRange(firstToken, chunks[noun].End);
        var governments = chunks[noun].Kind == ChunkKind.Role && chunks[noun].Roles![0].Sector == "GOV";
        foreach (var member in list)
            AddPairMember(state, start, end, member, people: false, governments);
        return true;
    }

    /// <summary>
    /// The latest list, ending before character <paramref name="limit"/>, of exactly <paramref name="size"/> sides named
    /// outright and joined only by commas and "and" ("Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan"),
    /// each a different side and none the <paramref name="subject"/> acting on the group; null when there is none.
    /// </summary>
    private static List<Mention>? ListOfSides(RecognitionState state, int limit, int size, string? subject)
    {
        var text = state.Document.Text.AsSpan();
        var named = new List<Mention>();
        foreach (var mention in state.Mentions)
        {
            if (mention.Start < limit && mention.Actor is not null && !IsInferred(mention) && !mention.IsDateline)
                named.Add(mention);
        }
        // Groups are placed after their sentence is read, so the mentions are put in text order first.
        named.Sort((a, b) => a.Start.CompareTo(b.Start));
        var runEnd = named.Count;
        for (var i = named.Count - 1; i >= 0; i--)
        {
            // A run of joined names ends at runEnd; it closes where the name before is not joined to it.
            if (i > 0 && named[i - 1].End <= named[i].Start && IsListJoiner(text[named[i - 1].End..named[i].Start]))
                continue;
            if (runEnd - i == size && DistinctSides(named, i, runEnd, subject))
                return named.GetRange(i, size);
            runEnd = i;
        }
        return null;
    }

    /// <summary>Whether the words between two names only join them in a list: ",", "and", ", and".</summary>
    private static bool IsListJoiner(ReadOnlySpan<char> between) =>
        between.Trim() is "," or "and" or ", and";

    private static bool DistinctSides(List<Mention> named, int from, int to, string? subject)
    {
        for (var i = from; i < to; i++)
        {
            var key = PairKey(named[i].Actor!, false);
            if (key == subject)
                return false;
            for (var j = from; j < i; j++)
            {
                if (PairKey(named[j].Actor!, false) == key)
                    return false;
            }
        }
        return true;
    }
}
