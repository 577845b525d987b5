using System.Globalization;
using System.IO.Hashing;
using System.Text;

namespace Parley.Cli.Commands.Store;

/// <summary>
/// <c>--shard i/n</c>: the share of the articles one of n ingest workers takes, so that n workers given the
/// same inputs (on one machine or many, into one PostgreSQL store) split them without talking to each other.
/// An article belongs to the shard its identity (canonical URL, else text hash) hashes to, so the split is
/// deterministic, even, and the same article read from two files goes to the same worker. <c>--reprocess</c>
/// splits stored documents by id.
/// </summary>
/// <param name="Index">This worker's shard, 1 to <paramref name="Count"/>.</param>
/// <param name="Count">How many shards.</param>
public readonly record struct IngestShard(int Index, int Count)
{
    /// <summary>Every article: no split.</summary>
    public static IngestShard All { get; } = new(1, 1);

    /// <summary>Reads "i/n" (1 ≤ i ≤ n); null with a message a user can act on when it is not that.</summary>
    public static IngestShard? Parse(string text, out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split('/');
        if (parts.Length == 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count >= 1 && index >= 1 && index <= count)
        {
            error = null;
            return new IngestShard(index, count);
        }
        error = $"--shard '{text}' must be i/n with 1 ≤ i ≤ n, e.g. --shard 2/4 for the second of four workers.";
        return null;
    }

    /// <summary>Whether the article of identity <paramref name="identityKey"/> is this worker's to ingest.</summary>
    public bool Owns(string identityKey)
    {
        ArgumentNullException.ThrowIfNull(identityKey);
        return Count == 1 || (int)(XxHash3.HashToUInt64(Encoding.UTF8.GetBytes(identityKey)) % (ulong)Count) == Index - 1;
    }

    /// <summary>Whether the stored document <paramref name="id"/> is this worker's to reprocess.</summary>
    public bool OwnsStored(long id) => Count == 1 || id % Count == Index - 1;
}
