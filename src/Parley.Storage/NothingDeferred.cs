namespace Parley.Storage;

/// <summary>The scope of a bulk load that set nothing aside (<see cref="IEventStore.DeferQueryIndexes"/>): nothing to build when it ends.</summary>
internal sealed class NothingDeferred : IDisposable
{
    public static readonly NothingDeferred Instance = new();

    private NothingDeferred()
    {
    }

    public void Dispose()
    {
    }
}
