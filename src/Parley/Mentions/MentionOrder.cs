using System.Runtime.InteropServices;
using System.Collections.Immutable;

namespace Parley.Mentions;

/// <summary>Mentions in text order: by start, then end, and in the order they were found among equals.</summary>
internal static class MentionOrder
{
    /// <summary>
    /// <paramref name="existing"/> and <paramref name="added"/> together, in text order. One array and one
    /// in-place sort per document: a LINQ OrderBy/ThenBy built key arrays, a map and two buffers for each.
    /// </summary>
    public static ImmutableArray<Mention> Merge(ImmutableArray<Mention> existing, List<Mention> added)
    {
        var all = new Mention[existing.Length + added.Count];
        existing.CopyTo(all);
        added.CopyTo(all, existing.Length);
        // The index breaks ties, which keeps the sort stable: "both sides" adds two mentions of one span, in order.
        var keys = new (int Start, int End, int Index)[all.Length];
        for (var i = 0; i < all.Length; i++)
            keys[i] = (all[i].Start, all[i].End, i);
        Array.Sort(keys, all);
        return ImmutableCollectionsMarshal.AsImmutableArray(all);
    }
}
