using System.CommandLine;
using Microsoft.Extensions.Hosting;
using Parley.Cli.Commands.Store;
using Parley.Web;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley serve</c>: the HTTP API and the analyst's pages over an event store, on loopback unless told
/// otherwise. Writes (<c>POST /api/documents</c>) need <c>PARLEY_API_KEY</c>; without it, or with
/// <c>--read-only</c>, the server only reads.
/// </summary>
public static class ServeCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliIo io)
    {
        var store = new StoreOption();
        var urls = new Option<string>("--urls") { HelpName = "URLS", Description = $"Where to listen, ';'-separated (default {ParleyWebApp.DefaultUrls}; port 0 picks a free one).", DefaultValueFactory = _ => ParleyWebApp.DefaultUrls };
        var readOnly = new Option<bool>("--read-only") { Description = "Never write, even with an API key." };
        var command = new Command("serve", "Serve the event store over HTTP: a JSON API (/api/…, OpenAPI at /openapi/v1.json) and pages to browse events, documents, timelines, the network of dyads and briefs. Writes need PARLEY_API_KEY.");
        command.Options.Add(store.Database);
        command.Options.Add(urls);
        command.Options.Add(readOnly);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = store.Path(parse);
            var writable = !parse.GetValue(readOnly) && !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("PARLEY_API_KEY"));
            // Opened once here so that a wrong --db fails now, with the store's own message, not on every request.
            using (var opened = store.Open(parse, io, create: writable))
            {
                if (opened is null)
                    return StoreExitCodes.StoreFailed;
            }
            var listen = parse.GetValue(urls)!;
            var app = ParleyWebApp.Create(["--urls", listen], new Dictionary<string, string?>
            {
                ["Parley:Database"] = path,
                ["Parley:ReadOnly"] = parse.GetValue(readOnly) ? "true" : "false",
                ["Logging:LogLevel:Default"] = "Warning",
            });
            await using (app)
            {
                try
                {
                    await app.StartAsync(cancellationToken);
                }
                catch (IOException e)
                {
                    io.Report($"cannot listen on {listen}: {e.Message}");
                    return ExitCodes.UsageError;
                }
                foreach (var url in app.Urls.Where(u => !IsLoopback(u)))
                    io.Report($"warning: {url} is reachable from other machines; pages and the API have no login (only writes need the key).");
                io.Out.Flush();
                io.Error.WriteLine($"parley: serving {path} on {string.Join(", ", app.Urls)} ({(writable ? "writes need the API key" : "read-only")}); Ctrl+C stops.");
                io.Error.Flush();
                try
                {
                    await app.WaitForShutdownAsync(cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    // Ctrl+C: a normal way to stop.
                }
            }
            return ExitCodes.Success;
        });
        return command;
    }

    private static bool IsLoopback(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.IsLoopback || uri.Host is "localhost");
}
