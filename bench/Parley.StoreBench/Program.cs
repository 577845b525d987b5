using System.Diagnostics;
using System.Globalization;
using Parley.Duplicates;
using Parley.Pipeline;
using Parley.Reading;
using Parley.Storage;
using Parley.Storage.Sqlite;
using Parley.StoreBench;

// dotnet run -c Release --project bench/Parley.StoreBench -- corpus SAMPLES OUT.jsonl N
// dotnet run -c Release --project bench/Parley.StoreBench -- write CORPUS.jsonl      (time of Store alone vs the pipeline)
// dotnet run -c Release --project bench/Parley.StoreBench -- prepare CORPUS.jsonl [ROUNDS]  (CPU of what ingest's pipeline thread adds to extract: identity, signature, prepared columns)
// dotnet run -c Release --project bench/Parley.StoreBench -- queries DB [RUNS] [ONLY]  (p50/p95 of events, search, stats; DB a SQLite file or a PostgreSQL connection string;
//                                                                                    ONLY: just the queries whose name contains it, e.g. "search")
// dotnet run -c Release --project bench/Parley.StoreBench -- copy-vs-insert PGSTORE [ROWS] [ROUNDS]   (rows/s of binary COPY vs multi-row INSERT, rows of a PostgreSQL store)
var invariant = CultureInfo.InvariantCulture;
switch (args.FirstOrDefault())
{
    case "corpus" when args.Length == 4:
        CorpusGenerator.Write(args[1], args[2], int.Parse(args[3], invariant));
        return 0;
    case "write" when args.Length == 2:
        return Write(args[1]);
    case "prepare" when args.Length is 2 or 3:
        return Prepare(args[1], args.Length == 3 ? int.Parse(args[2], invariant) : 5);
    case "queries" when args.Length is >= 2 and <= 4:
        return Queries(args[1], args.Length >= 3 ? int.Parse(args[2], invariant) : 50, args.Length == 4 ? args[3] : "");
    case "copy-vs-insert" when args.Length is >= 2 and <= 4:
        return CopyVersusInsert.Run(args[1], args.Length >= 3 ? int.Parse(args[2], invariant) : 100_000, args.Length == 4 ? int.Parse(args[3], invariant) : 3);
    default:
        Console.Error.WriteLine("usage: corpus SAMPLES OUT.jsonl N | write CORPUS.jsonl | prepare CORPUS.jsonl [ROUNDS] | queries DB [RUNS] [ONLY] | copy-vs-insert PGSTORE [ROWS] [ROUNDS]");
        return 2;
}

// Processes the corpus, then stores it in batches of 200 into a fresh database, timing the two apart.
static int Write(string corpus)
{
    var pipeline = StandardPipeline.Create();
    var clock = Stopwatch.StartNew();
    var documents = new DocumentSource(new ReaderOptions()).Read([corpus], () => Stream.Null)
        .Where(o => o.Document is not null).Select(o => pipeline.Process(o.Document!)).ToList();
    var processing = clock.Elapsed;
    var path = Path.Combine(Path.GetTempPath(), $"parley-bench-{Environment.ProcessId}.db");
    try
    {
        using var store = SqliteEventStore.Open(path);
        clock.Restart();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var kernel = Process.GetCurrentProcess().PrivilegedProcessorTime;
        var result = default(StoreResult);
        foreach (var batch in documents.Chunk(200))
            result += store.Store(batch);
        var writing = clock.Elapsed;
        var writingCpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        var writingKernel = Process.GetCurrentProcess().PrivilegedProcessorTime - kernel;
        store.Dispose();
        var size = new FileInfo(path).Length;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{documents.Count} documents, {result.Events} events: pipeline {documents.Count / processing.TotalSeconds:N0} docs/s, store {documents.Count / writing.TotalSeconds:N0} docs/s " +
            $"({writing.TotalMilliseconds * 1000 / documents.Count:N0} µs wall, {writingCpu.TotalMilliseconds * 1000 / documents.Count:N0} µs CPU per document, {writingKernel.TotalMilliseconds * 1000 / documents.Count:N0} of it in the kernel); database {size / 1e6 * 1000 / documents.Count:N1} MB per 1,000 articles"));
    }
    finally
    {
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            File.Delete(file);
    }
    return 0;
}

// Processes the corpus, then times, round after round, what ingest's pipeline thread does to each processed
// document beyond extracting it: its identity, its MinHash signature and its prepared columns. Process CPU, best
// round, so that a loaded machine skews it little.
static int Prepare(string corpus, int rounds)
{
    var pipeline = StandardPipeline.Create();
    var documents = new DocumentSource(new ReaderOptions()).Read([corpus], () => Stream.Null)
        .Where(o => o.Document is not null).Select(o => pipeline.Process(o.Document!)).ToList();
    var best = (Identity: double.MaxValue, Signature: double.MaxValue, Prepared: double.MaxValue);
    for (var round = 0; round < rounds; round++)
    {
        var identities = Cpu(() => documents.ForEach(d => DocumentIdentity.Of(d)));
        var signatures = Cpu(() => documents.ForEach(d => d.Signature = MinHasher.Default.Sign(d.Text)));
        var prepared = Cpu(() => documents.ForEach(d => PreparedDocument.Of(d)));
        best = (Math.Min(best.Identity, identities), Math.Min(best.Signature, signatures), Math.Min(best.Prepared, prepared));
    }
    double PerDocument(double seconds) => seconds * 1e6 / documents.Count;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{documents.Count} documents, best of {rounds} rounds, CPU µs per document: identity {PerDocument(best.Identity):N0}, signature {PerDocument(best.Signature):N0}, prepared columns {PerDocument(best.Prepared):N0}"));
    return 0;

    static double Cpu(Action action)
    {
        var before = Process.GetCurrentProcess().TotalProcessorTime;
        action();
        return (Process.GetCurrentProcess().TotalProcessorTime - before).TotalSeconds;
    }
}

// Times typical queries many times each on an existing database and prints p50 and p95.
static int Queries(string db, int runs, string only)
{
    using var store = EventStores.Open(db, create: false);
    var totals = store.Totals();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{db}: {totals.Documents:N0} documents, {totals.Events:N0} events"));
    var dyads = store.Statistics(new EventQuery()).ByDyad;
    var busiest = dyads.Count > 0 ? dyads[0] : null;
    var dyad = busiest is null ? ("USA", "CHN") : (busiest.Actor, busiest.Recipient);
    var queries = new (string Name, Func<int> Run)[]
    {
        ($"events --dyad {dyad.Item1},{dyad.Item2} --since 2023-01-01 --limit 50", () => store.Events(new EventQuery { Dyad = dyad, Since = new DateOnly(2023, 1, 1), Limit = 50 }).Count()),
        ("events --type ASSAULT --country UKR --limit 50", () => store.Events(new EventQuery { Type = "ASSAULT", Country = "UKR", Limit = 50 }).Count()),
        ("events --limit 50", () => store.Events(new EventQuery { Limit = 50 }).Count()),
        ("search \"prisoner swap\" --limit 20", () => store.Search("prisoner swap", 20).Count),
        ("search minister --limit 20 (a common word)", () => store.Search("minister", 20).Count),
        ("stats", () => store.Statistics(new EventQuery()).ByType.Count),
    };
    foreach (var (name, run) in queries.Where(q => q.Name.Contains(only, StringComparison.Ordinal)))
    {
        _ = run(); // warm-up: JIT and page cache
        var times = new double[runs];
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            _ = run();
            times[i] = clock.Elapsed.TotalMilliseconds;
        }
        // CPU time as well: on a shared machine wall times wait for the other processes.
        var cpuPerRun = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / runs;
        Array.Sort(times);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-60} p50 {times[runs / 2],8:N1} ms  p95 {times[(int)(runs * 0.95)],8:N1} ms  CPU {cpuPerRun,8:N1} ms/run"));
    }
    return 0;
}
