using Parley.Storage;
using Parley.Storage.Export;
using Parquet;
using Parquet.Serialization;

namespace Parley.Cli.Output;

/// <summary>Events as a Parquet file with the columns of <see cref="EventRow"/>, written a row group at a time so memory stays bounded.</summary>
public static class EventParquet
{
    /// <summary>Rows per row group.</summary>
    public const int RowGroup = 50_000;

    /// <summary>Writes <paramref name="events"/> to <paramref name="path"/> (replacing it) in row groups of <paramref name="rowGroup"/>; returns how many.</summary>
    public static async Task<long> WriteAsync(string path, IEnumerable<EventRecord> events, CancellationToken cancellationToken, int rowGroup = RowGroup)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentOutOfRangeException.ThrowIfLessThan(rowGroup, 1);
        await using var file = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None);
        var rows = new List<EventRow>(Math.Min(rowGroup, 4096));
        long count = 0;
        var groups = 0;
        foreach (var e in events)
        {
            rows.Add(EventRow.From(e));
            if (rows.Count == rowGroup)
                await Flush().ConfigureAwait(false);
        }
        // An empty export still gets its schema, so readers see the columns.
        if (rows.Count > 0 || groups == 0)
            await Flush().ConfigureAwait(false);
        return count;

        async Task Flush()
        {
            await ParquetSerializer.SerializeAsync(rows, file, new ParquetOptions { Append = groups > 0 }, cancellationToken: cancellationToken).ConfigureAwait(false);
            count += rows.Count;
            groups++;
            rows.Clear();
        }
    }

    /// <summary>Reads a file written by <see cref="WriteAsync"/> back (for tests and tools).</summary>
    public static async Task<IList<EventRow>> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        await using var file = File.OpenRead(path);
        return (await ParquetSerializer.DeserializeAsync<EventRow>(file, cancellationToken: cancellationToken).ConfigureAwait(false)).Data;
    }
}
