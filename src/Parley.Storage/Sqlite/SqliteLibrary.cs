using SQLitePCL;

namespace Parley.Storage.Sqlite;

/// <summary>Process-wide settings of the SQLite library, which it takes only before it opens its first connection.</summary>
internal static class SqliteLibrary
{
    static SqliteLibrary()
    {
        Batteries_V2.Init();
        // No memory statistics (sqlite3_memory_used, which Parley never reads): SQLite counted every allocation
        // under a process-wide mutex, and its allocations and mutexes were a sixth of ingest's writer thread.
        // When the library was started before (another component opened a connection first), SQLite refuses the
        // setting and keeps counting, which changes nothing else.
        raw.sqlite3_config(raw.SQLITE_CONFIG_MEMSTATUS, 0);
    }

    /// <summary>Applies the settings if no store has yet; call before opening a connection.</summary>
    public static void Configure()
    {
        // The static constructor does the work, once.
    }
}
