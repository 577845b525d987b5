using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Parley.Tests.Support;

/// <summary>
/// The PostgreSQL server the store tests run against: the one <c>PARLEY_TEST_POSTGRES</c> names (tests/run.sh
/// starts a throwaway cluster and sets it), else a throwaway cluster started here from the system's
/// PostgreSQL binaries and stopped when the test run ends. Without either the tests fail and say what to do:
/// they never pass without a database. Each test gets a schema of its own (<see cref="CreateSchema"/>).
/// </summary>
public static class PostgresServer
{
    /// <summary>The variable naming the server: an Npgsql connection string to a database the tests may create schemas in.</summary>
    public const string Variable = "PARLEY_TEST_POSTGRES";

    private static readonly Lazy<string> Server = new(Find, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The connection string of the server's test database.</summary>
    public static string ConnectionString => Server.Value;

    /// <summary>Creates an empty schema and returns a connection string whose search path is it alone.</summary>
    public static string CreateSchema()
    {
        var schema = "t_" + Guid.NewGuid().ToString("N");
        Execute($"CREATE SCHEMA {schema}");
        return new NpgsqlConnectionStringBuilder(ConnectionString) { SearchPath = schema }.ConnectionString;
    }

    /// <summary>Drops the schema <paramref name="connectionString"/> searches, with everything in it.</summary>
    public static void DropSchema(string connectionString)
    {
        var schema = new NpgsqlConnectionStringBuilder(connectionString).SearchPath;
        // Pooled connections of the dropped schema would otherwise stay open until the process ends.
        NpgsqlConnection.ClearAllPools();
        Execute($"DROP SCHEMA IF EXISTS {schema} CASCADE");
    }

    private static void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private static string Find() =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } given ? given : StartThrowaway();

    /// <summary>initdb and pg_ctl start on a free loopback port, as the postgres user when run as root (PostgreSQL refuses root).</summary>
    private static string StartThrowaway()
    {
        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(v => Path.Combine(v, "bin")).Where(b => File.Exists(Path.Combine(b, "initdb")))
                .OrderBy(b => int.TryParse(Path.GetFileName(Path.GetDirectoryName(b)), out var major) ? major : 0).LastOrDefault()
            : null;
        if (bin is null)
            throw new InvalidOperationException($"The PostgreSQL store tests need a server: set {Variable} to a connection string, or install PostgreSQL (apt-get install -y postgresql), or run bash tests/run.sh, which does both.");
        RemoveStoppedClusters();
        var data = Directory.CreateTempSubdirectory("parley-pg-").FullName;
        var asRoot = Environment.UserName == "root";
        if (asRoot)
            Run("chown", "postgres:postgres", data);
        var port = FreePort();
        Run(bin, asRoot, "initdb", "-D", data, "-U", "postgres", "-E", "UTF8", "--locale=C.UTF-8", "--auth-local=trust", "--auth-host=trust");
        Run(bin, asRoot, "pg_ctl", "-D", data, "-l", Path.Combine(data, "server.log"), "-w", "-t", "30",
            "-o", $"-c listen_addresses=127.0.0.1 -p {port} -k {data} -c fsync=off", "start");
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            Run(bin, asRoot, "pg_ctl", "-D", data, "-m", "immediate", "-w", "stop");
            Directory.Delete(data, recursive: true);
        };
        return $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres";
    }

    /// <summary>
    /// Deletes the folders of clusters earlier runs started and stopped (no postmaster.pid, untouched for ten
    /// minutes, so not one another run is setting up): the test host may end the process before its exit
    /// handler has deleted them.
    /// </summary>
    private static void RemoveStoppedClusters()
    {
        foreach (var folder in Directory.GetDirectories(Path.GetTempPath(), "parley-pg-*"))
        {
            if (File.Exists(Path.Combine(folder, "postmaster.pid")) || Directory.GetLastWriteTimeUtc(folder) > DateTime.UtcNow.AddMinutes(-10))
                continue;
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Another run's, being torn down right now: left to it.
            }
        }
    }

    private static void Run(string bin, bool asRoot, string program, params string[] arguments) =>
        Run(asRoot ? "runuser" : Path.Combine(bin, program), asRoot ? ["-u", "postgres", "--", Path.Combine(bin, program), .. arguments] : arguments);

    private static void Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed ({process.ExitCode}): {error.Result}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
