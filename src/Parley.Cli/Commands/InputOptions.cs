using System.CommandLine;
using Parley.Dates;
using Parley.Reading;

namespace Parley.Cli.Commands;

/// <summary>Options shared by every command that reads articles.</summary>
public sealed class InputOptions
{
    /// <summary>Paths to read.</summary>
    public Argument<string[]> Paths { get; } = new("paths")
    {
        Description = "Files or directories to read (directories recursively, .gz transparently); '-' reads standard input.",
        Arity = ArgumentArity.OneOrMore,
    };

    /// <summary>Forces the input format.</summary>
    public Option<string> Input { get; } = new("--input")
    {
        Description = "Input format: auto (by extension, else by content), text, html, rss or jsonl.",
        DefaultValueFactory = _ => "auto",
    };

    /// <summary>Overrides the publication date.</summary>
    public Option<string?> Date { get; } = new("--date")
    {
        HelpName = "YYYY-MM-DD",
        Description = "Publication date YYYY-MM-DD for every document; otherwise taken from metadata, else from a dateline.",
    };

    /// <summary>How numeric dates such as 03/04/2024 are read.</summary>
    public Option<string> NumericDates { get; } = new("--numeric-dates")
    {
        Description = "How to read dates like 03/04/2024: dmy (day first, default) or mdy (month first, US usage). Unambiguous ones (25/03/2024) are read either way.",
        DefaultValueFactory = _ => "dmy",
    };

    /// <summary>Per-article size limit.</summary>
    public Option<int> MaxDocumentMegabytes { get; } = new("--max-doc-mb")
    {
        HelpName = "MiB",
        Description = "Largest single article accepted, in MiB (a file, a feed, or one JSON line).",
        DefaultValueFactory = _ => (int)(Reading.ReaderOptions.DefaultMaxDocumentBytes / (1024 * 1024)),
    };

    /// <summary>Adds the options to <paramref name="command"/> and validates them there.</summary>
    public void AddTo(Command command)
    {
        command.Arguments.Add(Paths);
        command.Options.Add(Input);
        command.Options.Add(Date);
        command.Options.Add(MaxDocumentMegabytes);
        command.Options.Add(NumericDates);
        NumericDates.AcceptOnlyFromAmong("dmy", "mdy");
        Input.AcceptOnlyFromAmong("auto", "text", "html", "rss", "jsonl");
        Date.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string?>();
            if (value is not null && !(PartialDate.TryParse(value, out var date) && date.Precision == DatePrecision.Day))
                result.AddError($"--date '{value}' is not a date; write YYYY-MM-DD.");
        });
        MaxDocumentMegabytes.RequireBetween(1, 1024);
    }

    /// <summary>Reader options from a parse result.</summary>
    public ReaderOptions ToReaderOptions(ParseResult parse) => new()
    {
        Format = Enum.Parse<InputFormat>(parse.GetValue(Input)!, ignoreCase: true),
        MaxDocumentBytes = parse.GetValue(MaxDocumentMegabytes) * 1024L * 1024,
    };

    /// <summary>True when numeric dates are to be read month first.</summary>
    public bool MonthFirst(ParseResult parse) => parse.GetValue(NumericDates) == "mdy";

    /// <summary>The user's publication date, if given.</summary>
    public PartialDate? UserDate(ParseResult parse) =>
        PartialDate.TryParse(parse.GetValue(Date), out var date) ? date : null;
}
