namespace Parley.Web.Tests.Support;

/// <summary>The application in a test server over a store of the samples and the hostile corpus, shared by the tests of one class, which only read.</summary>
public sealed class SampleSite : IDisposable
{
    private readonly SampleStore store = new();
    private readonly ParleyWebFactory factory;

    /// <summary>Builds the store and starts the test server.</summary>
    public SampleSite()
    {
        factory = new ParleyWebFactory(store.Database);
        Client = factory.CreateClient();
    }

    /// <summary>A client of the test server.</summary>
    public HttpClient Client { get; }

    /// <inheritdoc />
    public void Dispose()
    {
        Client.Dispose();
        factory.Dispose();
        store.Dispose();
    }
}
