using System.Runtime.InteropServices;
using System.Collections.Immutable;

namespace Parley.Mentions;

/// <summary>Mentions in text order: by start, then end, and in the order they were found among equals.</summary>
internal static class MentionOrder
{
    /// <summary>
    /// <paramref name="existing"/> (already in text order) and <paramref name="added"/> together, in text order,
    /// in one array. A recogniser finds its mentions nearly in text order, so a stable insertion sort of
    /// them and one merge cost a pass or two and no key array (an <c>Array.Sort</c> with an index per
    /// mention, for stability, was a twentieth of the mention stage's allocations).
    /// </summary>
    public static ImmutableArray<Mention> Merge(ImmutableArray<Mention> existing, List<Mention> added)
    {
        var found = CollectionsMarshal.AsSpan(added);
        SortStably(found);
        var all = new Mention[existing.Length + found.Length];
        int i = 0, j = 0, k = 0;
        // Among equal spans the mention found by an earlier recogniser stays first.
        while (i < existing.Length && j < found.Length)
            all[k++] = Compare(found[j], existing[i]) < 0 ? found[j++] : existing[i++];
        while (i < existing.Length)
            all[k++] = existing[i++];
        while (j < found.Length)
            all[k++] = found[j++];
        return ImmutableCollectionsMarshal.AsImmutableArray(all);
    }

    private static void SortStably(Span<Mention> mentions)
    {
        for (var i = 1; i < mentions.Length; i++)
        {
            var mention = mentions[i];
            var j = i - 1;
            while (j >= 0 && Compare(mentions[j], mention) > 0)
            {
                mentions[j + 1] = mentions[j];
                j--;
            }
            mentions[j + 1] = mention;
        }
    }

    private static int Compare(Mention a, Mention b) =>
        a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End);
}
