using System.CommandLine;
using Parley.Cli.Commands.Store;
using Parley.Mentions;
using Parley.Storage.Briefs;
using Parley.Storage.Commitments;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley brief</c>: an analyst's note on the stored events of an actor, dyad, place or context — summary,
/// timeline, meetings, commitments, disputes, what is only expected, agenda and a monthly
/// conflict–cooperation chart — every line citing its article and sentence; Markdown or self-contained HTML.
/// </summary>
public static class BriefCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliIo io)
    {
        var store = new StoreOption();
        var actor = new Option<string?>("--actor") { HelpName = "CODE|NAME", Description = "Events this actor takes part in (USA, \"Antony Blinken\")." };
        var dyad = new Option<string?>("--dyad") { HelpName = "A,B", Description = "Events between two actors, either direction: --dyad USA,UKR." };
        var place = new Option<string?>("--place") { Description = "Part of the name of the place where events happened." };
        var context = new Option<string?>("--context") { Description = "PLOVER context (diplomatic, military…)." };
        var days = new DayRangeOptions();
        var format = new Option<string>("--format") { Description = "md (Markdown, default) or html (one self-contained page).", DefaultValueFactory = _ => "md" };
        format.AcceptOnlyFromAmong("md", "html");
        var output = new Option<FileInfo?>("--out", "-o") { HelpName = "FILE", Description = "Write the brief to FILE instead of standard output." };
        var command = new Command("brief",
            "Write an analyst's brief on stored events (of an actor, a dyad, a place or a context): summary, timeline, meetings, commitments, " +
            "disputes, what is only expected, agenda and a monthly conflict–cooperation chart, every line citing its article and sentence.");
        command.Options.Add(store.Database);
        foreach (var option in new Option[] { actor, dyad, place, context, format, output })
            command.Options.Add(option);
        EventFilterOptions.ValidateDyad(dyad);
        days.AddTo(command);
        command.SetAction((parse, cancellationToken) =>
        {
            using var opened = store.Open(parse, io, create: false);
            if (opened is null)
                return Task.FromResult(StoreExitCodes.StoreFailed);
            var query = new BriefQuery
            {
                Actor = parse.GetValue(actor),
                Dyad = parse.GetValue(dyad) is { } d ? EventFilterOptions.Dyad(d) : null,
                Place = parse.GetValue(place),
                Context = parse.GetValue(context),
                Since = days.Since(parse),
                Until = days.Until(parse),
            };
            var brief = Builder().Build(opened, query, cancellationToken);
            if (parse.GetValue(output) is { } file)
            {
                try
                {
                    using var writer = new StreamWriter(file.FullName);
                    Write(brief, parse.GetValue(format)!, writer);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    io.Report($"{file.FullName}: cannot write the brief ({e.Message}).");
                    return Task.FromResult(ExitCodes.SomeInputsFailed);
                }
                io.Error.WriteLine($"parley: wrote the brief on {brief.Subject} to {file.FullName}.");
            }
            else
                Write(brief, parse.GetValue(format)!, io.Out);
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    /// <summary>A brief builder with the shipped lexicons' names and the shipped ledger.</summary>
    internal static BriefBuilder Builder() => new(new ActorNames(EntityLexicon.Shipped.Actors), CommitmentLedger.Shipped);

    /// <summary>Writes <paramref name="brief"/> as md or html.</summary>
    internal static void Write(Brief brief, string format, TextWriter output)
    {
        if (format == "html")
            HtmlBriefWriter.Write(brief, output);
        else
            MarkdownBriefWriter.Write(brief, output);
    }
}
