using System.Data.Common;
using System.Globalization;
using System.Text;

namespace Parley.Storage.Querying;

/// <summary>
/// Turns an <see cref="EventQuery"/> into a WHERE clause over <c>events e</c>, <c>documents d</c>,
/// <c>sources s</c> and <c>clusters c</c>, with its parameters, for any back end: which conditions a query
/// makes is decided here once, and the few expressions that differ between SQL dialects come from an
/// <see cref="IFilterDialect"/>. Participant filters are written as <c>e.id IN (…)</c> over the
/// <c>participants(code, role, event_id)</c> index so the database starts from the few matching events
/// rather than scanning all of them; a dyad drives the query from <c>event_pairs</c>, whose index gives the
/// pair's events in day order.
/// </summary>
internal sealed class EventFilter
{
    private readonly IFilterDialect dialect;
    private readonly StringBuilder where = new("1 = 1");
    private readonly List<(string Name, object Value)> parameters = [];
    private readonly string? sinceParameter;
    private readonly string? untilParameter;

    public EventFilter(EventQuery query, IFilterDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(query);
        this.dialect = dialect;
        if (query.Actor is { } actor)
            And(Participant("actor", actor));
        if (query.Recipient is { } recipient)
            And(Participant("recipient", recipient));
        var day = query.Dyad is null ? "e.day" : "p.day";
        if (query.Dyad is var (first, second))
        {
            var (a, b) = (first.ToUpperInvariant(), second.ToUpperInvariant());
            if (string.CompareOrdinal(a, b) > 0)
                (a, b) = (b, a);
            And($"p.low = {Add(a)} AND p.high = {Add(b)}");
        }
        if (query.Type is { } type)
        {
            var t = Add(type.ToUpperInvariant());
            And($"(e.plover_type = {t} OR e.type = {t})");
        }
        if (query.Mode is { } mode)
            And($"(e.mode = {Add(mode.ToLowerInvariant())} OR e.plover_mode = {Add(mode.ToLowerInvariant())})");
        if (query.Context is { } context)
            And(dialect.ContainsContext("e.contexts", Add(context.ToLowerInvariant())));
        if (query.Modality is { } modality)
            And($"e.modality = {Add(modality.ToString().ToLowerInvariant())}");
        if (query.Place is { } place)
            And(dialect.ContainsIgnoringCase("e.location_name", Add("%" + EscapeLike(place) + "%")));
        if (query.Country is { } country)
            And($"e.country = {Add(country.ToUpperInvariant())}");
        if (query.Since is { } since)
        {
            sinceParameter = Add(dialect.Day(since));
            And($"{day} >= {sinceParameter}");
        }
        if (query.Until is { } until)
        {
            untilParameter = Add(dialect.Day(until));
            And($"{day} <= {untilParameter}");
        }
        if (query.Source is { } source)
            And(dialect.EqualsIgnoringCase("s.name", Add(source)));
        if (query.MinSources > 1)
            And($"c.sources >= {Add(query.MinSources)}");
        if (query.ClusterModality is { } clusterModality)
            And($"c.modality = {Add(clusterModality.ToLowerInvariant())}");
        From = (query.Dyad is null ? "events e" : PairedEvents)
            + (query.Source is null ? "" : " JOIN documents d ON d.id = e.doc_id JOIN sources s ON s.id = d.source_id")
            + (query.MinSources > 1 || query.ClusterModality is not null ? " JOIN clusters c ON c.key = e.cluster_key" : "");
        OrderBy = query.Dyad is null ? dialect.NewestFirst("e.day", "e.id") : dialect.NewestFirst("p.day", "p.event_id");
    }

    /// <summary>The tables the filter needs, <c>events e</c> among them; only those, so counting stays cheap.</summary>
    public string From { get; }

    /// <summary>Newest first, in the order the driving table's index gives.</summary>
    public string OrderBy { get; }

    /// <summary>What a dyad's filter reads: its pairs, newest first by their own index, each joined to its event.</summary>
    public const string PairedEvents = "event_pairs p JOIN events e ON e.id = p.event_id";

    /// <summary>Everything an event record shows: its document, source and happening.</summary>
    public const string AllJoins = "events e " + RecordJoins;

    /// <summary>
    /// Everything an event record shows, joined to <paramref name="events"/>: the table, page or join that gives
    /// the events, named <c>e</c> (e.g. <c>events e ON e.id = page.id</c>).
    /// </summary>
    public static string JoinsTo(string events) => $"{events} {RecordJoins}";

    private const string RecordJoins = "JOIN documents d ON d.id = e.doc_id LEFT JOIN sources s ON s.id = d.source_id LEFT JOIN clusters c ON c.key = e.cluster_key";

    /// <summary>
    /// The query's day range as conditions on <paramref name="column"/>, each after " AND ", bound to the same
    /// parameters as <see cref="Where"/>; empty when the query has none.
    /// </summary>
    public string DayRange(string column) =>
        (sinceParameter is null ? "" : $" AND {column} >= {sinceParameter}") + (untilParameter is null ? "" : $" AND {column} <= {untilParameter}");

    /// <summary>The condition, without the WHERE keyword.</summary>
    public string Where => where.ToString();

    /// <summary>Adds the parameters to <paramref name="command"/>.</summary>
    public void Bind(DbCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
    }

    /// <summary>The events where a participant of <paramref name="role"/> has code or name <paramref name="who"/>.</summary>
    private string Participant(string role, string who) =>
        $"e.id IN (SELECT event_id FROM participants WHERE role = '{role}' AND code = {Add(who.ToUpperInvariant())} " +
        $"UNION SELECT event_id FROM participants WHERE role = '{role}' AND {dialect.EqualsIgnoringCase("name", Add(who))})";

    private void And(string condition) => where.Append(" AND ").Append(condition);

    private string Add(object value)
    {
        var name = "@f" + parameters.Count.ToString(CultureInfo.InvariantCulture);
        parameters.Add((name, value));
        return name;
    }

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
