namespace Parley.Cli.Commands.Store;

/// <summary>Exit codes of the store commands beyond the shared <see cref="ExitCodes"/>.</summary>
public static class StoreExitCodes
{
    /// <summary>The event store cannot be opened or written (not a database, corrupt, read-only, disk full); nothing more was done.</summary>
    public const int StoreFailed = 4;

    /// <summary>Interrupted (Ctrl+C); every batch committed before stays stored.</summary>
    public const int Interrupted = 130;
}
