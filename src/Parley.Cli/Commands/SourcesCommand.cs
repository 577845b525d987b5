using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Parley.Cli.Commands.Store;
using Parley.Cli.Output;
using Parley.Storage;
using Parley.Storage.Export;
using Spectre.Console;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley sources</c>: per outlet, how its stored articles read — fact density, hedging, attribution,
/// articles flagged low-information or speculative, and the share that copy another article.
/// </summary>
public static class SourcesCommand
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>Builds the command.</summary>
    public static Command Create(CliIo io)
    {
        var store = new StoreOption();
        var format = new Option<string>("--format") { Description = "table (default), csv or json.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "csv", "json");
        var command = new Command("sources",
            "Information quality per outlet: articles, mean fact density (checkable facts per 100 words), hedge and attribution ratios, " +
            "articles flagged low-information or speculative, the share that are copies (syndicated, rewritten or spun) of another article, and how many of those were machine-spun.");
        command.Options.Add(store.Database);
        command.Options.Add(format);
        command.SetAction((parse, cancellationToken) =>
        {
            using var opened = store.Open(parse, io, create: false);
            if (opened is null)
                return Task.FromResult(StoreExitCodes.StoreFailed);
            var sources = opened.SourceQualities();
            var c = CultureInfo.InvariantCulture;
            switch (parse.GetValue(format))
            {
                case "json":
                    io.Out.WriteLine(JsonSerializer.Serialize(sources.Select(s => new
                    {
                        source = s.Source, documents = s.Documents, fact_density = s.FactDensity, hedge_ratio = s.HedgeRatio,
                        attribution_ratio = s.AttributionRatio, low_information = s.LowInformation, speculative = s.Speculative,
                        copies = s.Copies, copied_share = s.CopiedShare, spun_copies = s.SpunCopies,
                    }), Indented));
                    break;
                case "csv":
                    io.Out.Write("source,documents,fact_density,hedge_ratio,attribution_ratio,low_information,speculative,copies,copied_share,spun_copies\r\n");
                    foreach (var s in sources)
                        io.Out.Write(string.Create(c, $"{EventCsv.Quote(s.Source)},{s.Documents},{s.FactDensity},{s.HedgeRatio},{s.AttributionRatio},{s.LowInformation},{s.Speculative},{s.Copies},{s.CopiedShare},{s.SpunCopies}\r\n"));
                    break;
                default:
                    var table = new Table().Border(TableBorder.Simple).Title("information quality by outlet")
                        .AddColumn("source").AddColumn(new TableColumn("articles").RightAligned()).AddColumn(new TableColumn("facts/100 words").RightAligned())
                        .AddColumn(new TableColumn("hedged").RightAligned()).AddColumn(new TableColumn("attributed").RightAligned())
                        .AddColumn(new TableColumn("low-information").RightAligned()).AddColumn(new TableColumn("speculative").RightAligned())
                        .AddColumn(new TableColumn("copies").RightAligned()).AddColumn(new TableColumn("spun").RightAligned());
                    foreach (var s in sources)
                    {
                        table.AddRow(Markup.Escape(s.Source), s.Documents.ToString(c), s.FactDensity.ToString("0.00", c), s.HedgeRatio.ToString("P0", c),
                            s.AttributionRatio.ToString("P0", c), s.LowInformation.ToString(c), s.Speculative.ToString(c), s.Copies.ToString(c), s.SpunCopies.ToString(c));
                    }
                    EventOutput.Console(io.Out).Write(table);
                    break;
            }
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }
}
