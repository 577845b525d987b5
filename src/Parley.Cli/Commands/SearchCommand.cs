using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Parley.Cli.Commands.Store;
using Parley.Cli.Output;
using Parley.Storage;
using Parley.Storage.Export;

namespace Parley.Cli.Commands;

/// <summary><c>parley search</c>: full-text search over stored sentences, with the events told in each hit.</summary>
public static class SearchCommand
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <summary>Builds the command.</summary>
    public static Command Create(CliIo io)
    {
        var store = new StoreOption();
        var query = new Argument<string>("query")
        {
            Description = "Words to find (all of them); \"a phrase\" in quotes, OR, NOT, prefix* — SQLite FTS5 syntax. Anything else is searched as plain words.",
        };
        var limit = new Option<int>("--limit") { HelpName = "N", Description = "At most N sentences (default 20).", DefaultValueFactory = _ => 20 };
        var offset = new Option<int>("--offset") { HelpName = "N", Description = "Skip the first N sentences." };
        var format = new Option<string>("--format") { Description = "text (default) or jsonl.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "jsonl");
        var command = new Command("search", "Find stored sentences by their words, best match first (newest first among equals; a very common word ranks its 10,000 most recently stored matches), with highlighted snippets and the events each sentence tells.");
        command.Arguments.Add(query);
        command.Options.Add(store.Database);
        command.Options.Add(limit);
        command.Options.Add(offset);
        command.Options.Add(format);
        limit.RequireBetween(1);
        offset.RequireBetween(0);
        command.SetAction((parse, cancellationToken) =>
        {
            using var opened = store.Open(parse, io, create: false);
            if (opened is null)
                return Task.FromResult(StoreExitCodes.StoreFailed);
            var text = parse.GetValue(query)!;
            if (string.IsNullOrWhiteSpace(text))
            {
                io.Report("give some words to search for.");
                return Task.FromResult(ExitCodes.UsageError);
            }
            IReadOnlyList<SearchHit> hits;
            try
            {
                hits = opened.Search(text, parse.GetValue(limit), parse.GetValue(offset));
            }
            catch (EventStoreException e)
            {
                io.Report(e.Message);
                return Task.FromResult(ExitCodes.UsageError);
            }
            if (parse.GetValue(format) == "jsonl")
            {
                foreach (var hit in hits)
                    io.Out.WriteLine(JsonSerializer.Serialize(SearchHitJson.From(hit), Json));
                return Task.FromResult(ExitCodes.Success);
            }
            if (hits.Count == 0)
                io.Out.WriteLine($"No sentence matches '{text}'.");
            foreach (var hit in hits)
            {
                io.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"d{hit.DocumentId} sentence {hit.Sentence} · {hit.Published ?? "undated"} · {hit.Title ?? hit.Url ?? "untitled"}"));
                io.Out.WriteLine("  " + Highlight(hit.Snippet, io.IsInteractive));
                foreach (var e in hit.Events)
                    io.Out.WriteLine("    " + ShowCommand.OneLine(e));
            }
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    /// <summary>Hits between ** become bold on a terminal; elsewhere the markers stay, readable as they are.</summary>
    private static string Highlight(string snippet, bool terminal) =>
        terminal ? string.Join("", snippet.Split("**").Select((part, i) => i % 2 == 1 ? $"\u001b[1m{part}\u001b[22m" : part)) : snippet;
}
