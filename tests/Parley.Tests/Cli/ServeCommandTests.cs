using System.Net;
using System.Text.RegularExpressions;
using Parley.Cli;
using Parley.Tests.Support;

namespace Parley.Tests.Cli;

/// <summary><c>parley serve</c> itself: it opens the store, listens where it is told (a free loopback port here), says where, serves, and stops when cancelled.</summary>
public sealed partial class ServeCommandTests(IngestedSamples samples) : IClassFixture<IngestedSamples>
{
    [Fact]
    public async Task Serve_OnAFreeLoopbackPort_ServesTheStoreUntilCancelled()
    {
        var buffer = new StringWriter();
        // The server writes from its own thread; the synchronized writer locks on itself, as Written does.
        var error = TextWriter.Synchronized(buffer);
        var io = new CliIo(TextWriter.Null, error, () => Stream.Null, IsInteractive: false);
        using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(2));

        var run = ParleyCli.RunAsync(["serve", "--db", samples.Db, "--urls", "http://127.0.0.1:0"], io, stop.Token);
        var url = await ListeningUrl(() => Written(error, buffer), run);
        using var client = new HttpClient { BaseAddress = new Uri(url) };
        var health = await client.GetAsync(new Uri("/health", UriKind.Relative));
        var page = await client.GetStringAsync(new Uri("/events?actor=USA", UriKind.Relative));
        using var post = new StringContent("{\"text\":\"x\"}", System.Text.Encoding.UTF8, "application/json");
        var write = await client.PostAsync(new Uri("/api/documents", UriKind.Relative), post);
        await stop.CancelAsync();

        Assert.Equal(0, await run);
        Assert.StartsWith("http://127.0.0.1:", url, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Contains("<h1>Events</h1>", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
        Assert.Contains("read-only", Written(error, buffer), StringComparison.Ordinal);
    }

    [Fact]
    public void Serve_AMissingStore_FailsAtOnceWithTheStoresMessage()
    {
        using var temp = new TempDirectory();
        var missing = Path.Combine(temp.Path, "none.db");

        var result = CliRunner.Run(["serve", "--db", missing, "--urls", "http://127.0.0.1:0"]);

        Assert.Equal(4, result.ExitCode);
        Assert.Contains("no event store there", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(missing));
    }

    /// <summary>The address the server says it listens on, once it has said so.</summary>
    private static async Task<string> ListeningUrl(Func<string> error, Task<int> run)
    {
        for (var waited = 0; waited < 600; waited++)
        {
            if (Serving().Match(error()) is { Success: true } match)
                return match.Groups[1].Value;
            if (run.IsCompleted)
                throw new InvalidOperationException($"serve stopped with {await run}: {error()}");
            await Task.Delay(100);
        }
        throw new TimeoutException("serve did not say where it listens within 60 s: " + error());
    }

    private static string Written(TextWriter synchronized, StringWriter buffer)
    {
        lock (synchronized)
            return buffer.ToString();
    }

    [GeneratedRegex(@"serving .* on (http://127\.0\.0\.1:\d+)")]
    private static partial Regex Serving();
}
