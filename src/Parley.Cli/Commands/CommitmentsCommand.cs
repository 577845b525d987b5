using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Parley.Cli.Commands.Store;
using Parley.Cli.Output;
using Parley.Storage.Commitments;
using Parley.Storage.Export;
using Spectre.Console;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley commitments</c>: the ledger of aid commitments in the store (AID events, and AGREE events with
/// an amount of money): donor, recipient, amount and USD estimate, category, systems, status and sources,
/// each pledge once however many outlets repeat it; a sum told as part of a larger one is marked and not summed
/// again; then totals by donor, recipient and month.
/// </summary>
public static class CommitmentsCommand
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>Builds the command.</summary>
    public static Command Create(CliIo io)
    {
        var store = new StoreOption();
        var donor = new Option<string?>("--donor") { HelpName = "CODE|NAME", Description = "Commitments by this donor (USA, EU, \"Joe Biden\")." };
        var recipient = new Option<string?>("--recipient") { HelpName = "CODE|NAME", Description = "Commitments to this recipient (UKR)." };
        var category = new Option<string?>("--category") { Description = "military, financial or humanitarian." };
        category.AcceptOnlyFromAmong("military", "financial", "humanitarian");
        var days = new DayRangeOptions();
        var format = new Option<string>("--format") { Description = "table (default), csv or json.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "csv", "json");
        var command = new Command("commitments",
            "List aid commitments (AID events, and agreements naming an amount) with amount, USD estimate, category, systems, status and sources, " +
            "each pledge once however many outlets repeat it, then totals by donor, recipient and month. Speculation (\"could send\") is left out; " +
            "a sum told as part of a larger one (\"includes $61bn for Ukraine\") is listed as part of it and not added to the totals again.");
        command.Options.Add(store.Database);
        foreach (var option in new Option[] { donor, recipient, category, format })
            command.Options.Add(option);
        days.AddTo(command);
        command.SetAction((parse, cancellationToken) =>
        {
            using var opened = store.Open(parse, io, create: false);
            if (opened is null)
                return Task.FromResult(StoreExitCodes.StoreFailed);
            var query = new CommitmentQuery
            {
                Donor = parse.GetValue(donor),
                Recipient = parse.GetValue(recipient),
                Category = parse.GetValue(category),
                Since = days.Since(parse),
                Until = days.Until(parse),
            };
            var commitments = CommitmentLedger.Shipped.List(opened, query, cancellationToken);
            var totals = CommitmentTotals.Of(commitments);
            switch (parse.GetValue(format))
            {
                case "json":
                    WriteJson(io.Out, commitments, totals);
                    break;
                case "csv":
                    WriteCsv(io.Out, commitments);
                    break;
                default:
                    WriteTable(io.Out, commitments, totals);
                    break;
            }
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    private static object Row(Commitment c) => new
    {
        day = c.Day,
        donors = c.Donors,
        recipients = c.Recipients,
        category = c.Category,
        status = c.Status,
        amount = c.Amount,
        currency = c.Currency,
        usd = c.Usd,
        systems = c.Systems,
        reports = c.Reports.Count,
        sources = c.Sources,
        event_id = c.Evidence.Id,
        part_of = c.PartOf,
        sentence = c.Evidence.SentenceText,
        title = c.Evidence.Title,
        source = c.Evidence.Source,
        url = c.Evidence.Url,
    };

    private static void WriteJson(TextWriter output, IReadOnlyList<Commitment> commitments, CommitmentTotals totals) =>
        output.WriteLine(JsonSerializer.Serialize(new
        {
            commitments = commitments.Select(Row),
            totals = new
            {
                usd = totals.Usd,
                parts_not_summed = totals.Parts,
                by_donor = totals.ByDonor.Select(t => new { donor = t.Key, usd = t.Usd, commitments = t.Count }),
                by_recipient = totals.ByRecipient.Select(t => new { recipient = t.Key, usd = t.Usd, commitments = t.Count }),
                by_month = totals.ByMonth.Select(t => new { month = t.Key, usd = t.Usd, commitments = t.Count }),
            },
        }, Indented));

    private static void WriteCsv(TextWriter output, IReadOnlyList<Commitment> commitments)
    {
        var c = CultureInfo.InvariantCulture;
        output.Write("day,donors,recipients,category,status,amount,currency,usd,systems,reports,sources,event_id,part_of,source,url\r\n");
        foreach (var m in commitments)
        {
            output.Write(string.Join(',', m.Day, string.Join(' ', m.Donors), string.Join(' ', m.Recipients), m.Category, m.Status,
                m.Amount?.ToString(c), m.Currency, m.Usd?.ToString(c), EventCsv.Quote(string.Join("; ", m.Systems)),
                m.Reports.Count.ToString(c), m.Sources.ToString(c), m.Evidence.Id.ToString(c), m.PartOf?.ToString(c), EventCsv.Quote(m.Evidence.Source), EventCsv.Quote(m.Evidence.Url)));
            output.Write("\r\n");
        }
    }

    private static void WriteTable(TextWriter output, IReadOnlyList<Commitment> commitments, CommitmentTotals totals)
    {
        var c = CultureInfo.InvariantCulture;
        var console = EventOutput.Console(output);
        var parts = totals.Parts > 0 ? string.Create(c, $" ({totals.Parts:N0} of them part of another, not summed again)") : "";
        var table = new Table().Border(TableBorder.Simple).Title(string.Create(c, $"{commitments.Count:N0} commitments{parts}, {Usd(totals.Usd)} in all"))
            .AddColumn("day").AddColumn("donor → recipient").AddColumn("category").AddColumn("status").AddColumn(new TableColumn("amount").RightAligned())
            .AddColumn(new TableColumn("USD").RightAligned()).AddColumn("systems").AddColumn(new TableColumn("sources").RightAligned()).AddColumn("evidence");
        var byEvent = commitments.ToDictionary(m => m.Evidence.Id);
        foreach (var m in commitments)
        {
            var whole = m.PartOf is { } id && byEvent.TryGetValue(id, out var found)
                ? $" (part of {(found.Usd is not null ? Usd(found.Usd) : string.Create(c, $"{found.Amount:N0} {found.Currency}"))})" : "";
            table.AddRow(Markup.Escape(m.Day ?? "-"), Markup.Escape($"{m.DonorKey} → {m.RecipientKey}"),
                m.Category, m.Status, Markup.Escape(m.Amount is { } a ? string.Create(c, $"{a:N0} {m.Currency}") : "-"), Markup.Escape(Usd(m.Usd) + whole),
                Markup.Escape(string.Join("; ", m.Systems)), m.Sources.ToString(c), Markup.Escape(m.Evidence.SentenceText ?? m.Evidence.Trigger));
        }
        console.Write(table);
        foreach (var (title, rows) in new[] { ("by donor", totals.ByDonor), ("by recipient", totals.ByRecipient), ("by month", totals.ByMonth) })
        {
            var t = new Table().Border(TableBorder.Simple).Title(title).AddColumn("").AddColumn(new TableColumn("USD").RightAligned()).AddColumn(new TableColumn("commitments").RightAligned());
            foreach (var row in rows)
                t.AddRow(Markup.Escape(row.Key), Markup.Escape(Usd(row.Usd)), row.Count.ToString(c));
            console.Write(t);
        }
    }

    private static string Usd(decimal? usd) => usd switch
    {
        null => "-",
        >= 1_000_000_000 => string.Create(CultureInfo.InvariantCulture, $"${usd / 1_000_000_000:0.##}bn"),
        >= 1_000_000 => string.Create(CultureInfo.InvariantCulture, $"${usd / 1_000_000:0.##}m"),
        _ => string.Create(CultureInfo.InvariantCulture, $"${usd:N0}"),
    };
}
