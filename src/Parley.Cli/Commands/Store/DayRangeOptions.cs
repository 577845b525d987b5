using System.CommandLine;

namespace Parley.Cli.Commands.Store;

/// <summary><c>--since</c> and <c>--until</c> (YYYY-MM-DD, YYYY-MM or YYYY), validated, for the commands that read a span of days.</summary>
public sealed class DayRangeOptions
{
    private readonly Option<string?> since = new("--since") { HelpName = "DATE", Description = "From this day on: YYYY-MM-DD, YYYY-MM or YYYY." };
    private readonly Option<string?> until = new("--until") { HelpName = "DATE", Description = "Up to this day: YYYY-MM-DD, YYYY-MM or YYYY (inclusive)." };

    /// <summary>Adds the two options to <paramref name="command"/> and validates them there.</summary>
    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        foreach (var date in new[] { since, until })
        {
            command.Options.Add(date);
            date.Validators.Add(r =>
            {
                if (r.GetValueOrDefault<string?>() is { } value && EventFilterOptions.Day(value, last: false) is null)
                    r.AddError($"{date.Name} '{value}' is not a date; write YYYY-MM-DD, YYYY-MM or YYYY.");
            });
        }
    }

    /// <summary>The first day asked for, or null.</summary>
    public DateOnly? Since(ParseResult parse) => parse.GetValue(since) is { } s ? EventFilterOptions.Day(s, last: false) : null;

    /// <summary>The last day asked for (the end of a month or year given as such), or null.</summary>
    public DateOnly? Until(ParseResult parse) => parse.GetValue(until) is { } u ? EventFilterOptions.Day(u, last: true) : null;
}
