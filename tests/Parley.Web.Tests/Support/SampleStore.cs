namespace Parley.Web.Tests.Support;

/// <summary>
/// A store of the repository's samples and the hostile articles, built once per test class or collection
/// that only reads it.
/// </summary>
public sealed class SampleStore : IDisposable
{
    private readonly TempStore store = new();

    /// <summary>Ingests the samples and the hostile corpus.</summary>
    public SampleStore()
    {
        store.Ingest(Repository.Samples);
        store.IngestJsonLines(HostileArticles.JsonLines);
    }

    /// <summary>The store's file.</summary>
    public string Database => store.Database;

    /// <inheritdoc />
    public void Dispose() => store.Dispose();
}
