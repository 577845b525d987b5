using System.CommandLine;
using Parley.Events;
using Parley.Storage;

namespace Parley.Cli.Commands.Store;

/// <summary>The event filters shared by <c>events</c>, <c>stats</c> and <c>export</c>.</summary>
public sealed class EventFilterOptions
{
    private readonly Option<string?> actor = new("--actor") { HelpName = "CODE|NAME", Description = "Events whose actor has this code (USA, NATO) or name (\"Antony Blinken\")." };
    private readonly Option<string?> recipient = new("--recipient") { HelpName = "CODE|NAME", Description = "Events whose recipient has this code or name." };
    private readonly Option<string?> dyad = new("--dyad") { HelpName = "A,B", Description = "Events between two actors, in either direction: --dyad USA,CHN." };
    private readonly Option<string?> type = new("--type") { Description = "PLOVER event type (CONSULT, ASSAULT…)." };
    private readonly Option<string?> mode = new("--mode") { Description = "PLOVER mode (visit, heavy-weapons…)." };
    private readonly Option<string?> context = new("--context") { Description = "PLOVER context (diplomatic, military…)." };
    private readonly Option<string> modality = new("--modality")
    {
        Description = "asserted (default: what happened), future, hypothetical, negated, historical, or any.",
        DefaultValueFactory = _ => "asserted",
    };
    private readonly Option<string?> place = new("--place") { Description = "Part of the name of the place where it happened." };
    private readonly Option<string?> country = new("--country") { HelpName = "ISO3", Description = "Country where it happened (ISO alpha-3: UKR)." };
    private readonly Option<string?> since = new("--since") { HelpName = "DATE", Description = "From this day on: YYYY-MM-DD, YYYY-MM or YYYY." };
    private readonly Option<string?> until = new("--until") { HelpName = "DATE", Description = "Up to this day: YYYY-MM-DD, YYYY-MM or YYYY (inclusive)." };
    private readonly Option<string?> source = new("--source") { Description = "Outlet that published the article (\"Parley Wire\")." };
    private readonly Option<int> minSources = new("--min-sources") { HelpName = "N", Description = "Only happenings told by at least N independent sources (an article and its copies count once)." };
    private readonly Option<string?> clusterModality = new("--cluster-modality")
    {
        Description = "Only happenings whose sources tell them so: confirmed (asserted by 2+ independent sources), reported (by one), claimed (only by a party to it), speculative, disputed (asserted and denied) or negated.",
    };

    /// <summary>Adds the options to <paramref name="command"/> and validates them there.</summary>
    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        foreach (var option in new Option[] { actor, recipient, dyad, type, mode, context, modality, place, country, since, until, source, minSources, clusterModality })
            command.Options.Add(option);
        modality.AcceptOnlyFromAmong([.. EventFilterValues.Modalities]);
        clusterModality.AcceptOnlyFromAmong([.. EventFilterValues.ClusterModalities]);
        ValidateDyad(dyad);
        foreach (var date in new[] { since, until })
        {
            date.Validators.Add(r =>
            {
                if (r.GetValueOrDefault<string?>() is { } value && Day(value, last: false) is null)
                    r.AddError($"{date.Name} '{value}' is not a date; write YYYY-MM-DD, YYYY-MM or YYYY.");
            });
        }
        minSources.RequireBetween(0);
    }

    /// <summary>The query the options describe.</summary>
    public EventQuery ToQuery(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        return new EventQuery
        {
            Actor = parse.GetValue(actor),
            Recipient = parse.GetValue(recipient),
            Dyad = parse.GetValue(dyad) is { } d ? Dyad(d) : null,
            Type = parse.GetValue(type),
            Mode = parse.GetValue(mode),
            Context = parse.GetValue(context),
            Modality = parse.GetValue(modality) is { } m and not "any" ? Enum.Parse<EventModality>(m, ignoreCase: true) : null,
            Place = parse.GetValue(place),
            Country = parse.GetValue(country),
            Since = parse.GetValue(since) is { } s ? Day(s, last: false) : null,
            Until = parse.GetValue(until) is { } u ? Day(u, last: true) : null,
            Source = parse.GetValue(source),
            MinSources = parse.GetValue(minSources),
            ClusterModality = parse.GetValue(clusterModality),
        };
    }

    /// <summary>Makes <paramref name="option"/> refuse a value that is not two codes separated by a comma.</summary>
    internal static void ValidateDyad(Option<string?> option) =>
        option.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { } value && Dyad(value) is null)
                r.AddError($"{option.Name} '{value}' must be two codes separated by a comma, such as USA,CHN.");
        });

    internal static (string, string)? Dyad(string value) => EventFilterValues.Dyad(value);

    /// <summary>The first (or last) day of a date given to the day, month or year.</summary>
    internal static DateOnly? Day(string value, bool last) => EventFilterValues.Day(value, last);
}
