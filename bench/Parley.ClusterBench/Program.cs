using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Parley.ClusterBench;
using Parley.Storage.Linking;
using Parley.Storage.Sqlite;

// Clusters a synthetic stream of documents (SyntheticSigns) into a SQLite store's happening_signs table,
// through the linker and index the store's writer uses, in batches of 1,000 documents as `parley ingest`
// writes them, and prints the cost per document over the last window before each checkpoint: wall-clock
// time, and the process's processor time, which a machine shared with other work disturbs less.
// Usage: Parley.ClusterBench [DB] [CHECKPOINT…]   (default: a temporary file; 10000 100000 1000000)
var path = args.Length > 0 ? args[0] : Path.Combine(Path.GetTempPath(), $"parley-clusterbench-{Environment.ProcessId}.db");
long[] checkpoints = args.Length > 1 ? [.. args.Skip(1).Select(a => long.Parse(a, CultureInfo.InvariantCulture))] : [10_000, 100_000, 1_000_000];
const int Batch = 1_000;
const int Window = 10_000;

SqliteEventStore.Open(path).Dispose();
using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
connection.Open();
using (var pragma = connection.CreateCommand())
{
    pragma.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;";
    pragma.ExecuteNonQuery();
}

var stream = new SyntheticSigns(seed: 6);
var signs = new List<HappeningSign>();
var batch = new List<HappeningSign>();
var touched = new HashSet<string>(StringComparer.Ordinal);
var clock = new Stopwatch();
var processor = TimeSpan.Zero;
var process = Process.GetCurrentProcess();
Console.WriteLine($"{"documents",12} {"signs stored",14} {"µs per document",16} {"CPU µs per document",20}   (mean over the last {Window:N0} documents; {SyntheticSigns.DocumentsPerDay} documents a day, {SyntheticSigns.EventsPerDocument} events each)");
for (long document = 0, next = 0; next < checkpoints.Length; )
{
    batch.Clear();
    for (var i = 0; i < Batch; i++, document++)
    {
        stream.Document(document, signs);
        batch.AddRange(signs);
    }
    var measured = document > checkpoints[next] - Window;
    var cpu = process.TotalProcessorTime;
    if (measured)
        clock.Start();
    using (var transaction = connection.BeginTransaction())
    {
        using var index = new SqliteHappeningIndex(connection, transaction);
        var linker = new HappeningLinker(index, HappeningOptions.Default);
        linker.Prefetch(batch);
        foreach (var sign in batch)
            linker.Assign(sign);
        touched.Clear();
        linker.Flush(touched);
        transaction.Commit();
    }
    clock.Stop();
    if (measured)
    {
        process.Refresh();
        processor += process.TotalProcessorTime - cpu;
    }
    if (document == checkpoints[next])
    {
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT count(*) FROM happening_signs";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{document,12:N0} {(long)count.ExecuteScalar()!,14:N0} {clock.Elapsed.TotalMicroseconds / Window,16:N1} {processor.TotalMicroseconds / Window,20:N1}"));
        clock.Reset();
        processor = TimeSpan.Zero;
        next++;
    }
}
