using Parley.Reading;
using Parley.Web.Ingest;
using Parley.Web.Storage;

namespace Parley.Web.Tests.Support;

/// <summary>An event store in a folder of its own, filled through the same ingest code the API uses, deleted afterwards.</summary>
public sealed class TempStore : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "parley-web-test-" + Guid.NewGuid().ToString("N"));

    /// <summary>An empty folder; the store file is created by the first ingest.</summary>
    public TempStore()
    {
        Directory.CreateDirectory(folder);
        Database = Path.Combine(folder, "store.db");
    }

    /// <summary>The store's file.</summary>
    public string Database { get; }

    /// <summary>The store's settings for the web application.</summary>
    public WebOptions Options => new() { Database = Database };

    /// <summary>Reads <paramref name="paths"/> (files or folders, as <c>parley ingest</c> does) and stores them.</summary>
    public IngestReport Ingest(params string[] paths) =>
        Ingest(new DocumentSource(new ReaderOptions()).Read(paths, () => Stream.Null).ToList());

    /// <summary>Stores articles given as JSON Lines objects.</summary>
    public IngestReport IngestJsonLines(string jsonLines) =>
        Ingest(JsonLinesReader.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(jsonLines)), "test", new ReaderOptions(), CancellationToken.None).ToList());

    private IngestReport Ingest(IReadOnlyList<ReadOutcome> outcomes)
    {
        using var ingest = new DocumentIngest(new StoreAccess(Options));
        var report = ingest.IngestAsync(outcomes, CancellationToken.None).GetAwaiter().GetResult();
        if (report.Failed > 0)
            throw new InvalidOperationException("test articles failed to ingest: " + string.Join("; ", report.Documents.Where(d => d.Error is not null).Select(d => d.Error)));
        return report;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless; failing a test for it is not.
        }
    }
}
