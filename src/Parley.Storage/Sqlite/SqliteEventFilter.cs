using System.Text;
using Microsoft.Data.Sqlite;

namespace Parley.Storage.Sqlite;

/// <summary>
/// Turns an <see cref="EventQuery"/> into a WHERE clause over <c>events e</c>, <c>documents d</c>,
/// <c>sources s</c> and <c>clusters c</c>, with its parameters. Participant filters are written as
/// <c>e.id IN (…)</c> over the <c>participants(code, role, event_id)</c> index so SQLite starts from
/// the few matching events rather than scanning all of them.
/// </summary>
internal sealed class SqliteEventFilter
{
    private readonly StringBuilder where = new("1 = 1");
    private readonly List<(string Name, object Value)> parameters = [];

    public SqliteEventFilter(EventQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Actor is { } actor)
            And($"e.id IN (SELECT event_id FROM participants WHERE role = 'actor' AND code = {Add(actor.ToUpperInvariant())} UNION SELECT event_id FROM participants WHERE role = 'actor' AND name = {Add(actor)} COLLATE NOCASE)");
        if (query.Recipient is { } recipient)
            And($"e.id IN (SELECT event_id FROM participants WHERE role = 'recipient' AND code = {Add(recipient.ToUpperInvariant())} UNION SELECT event_id FROM participants WHERE role = 'recipient' AND name = {Add(recipient)} COLLATE NOCASE)");
        // A dyad drives the query from event_pairs, whose index gives the pair's events in day order.
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
            And($"EXISTS (SELECT 1 FROM json_each(e.contexts) WHERE value = {Add(context.ToLowerInvariant())})");
        if (query.Modality is { } modality)
            And($"e.modality = {Add(modality.ToString().ToLowerInvariant())}");
        if (query.Place is { } place)
            And($"(e.location_name LIKE {Add("%" + EscapeLike(place) + "%")} ESCAPE '\\')");
        if (query.Country is { } country)
            And($"e.country = {Add(country.ToUpperInvariant())}");
        if (query.Since is { } since)
            And($"{day} >= {Add(SqliteEventStore.Iso(since))}");
        if (query.Until is { } until)
            And($"{day} <= {Add(SqliteEventStore.Iso(until))}");
        if (query.Source is { } source)
            And($"s.name = {Add(source)}");
        if (query.MinSources > 1)
            And($"c.sources >= {Add(query.MinSources)}");
        if (query.ClusterModality is { } clusterModality)
            And($"c.modality = {Add(clusterModality.ToLowerInvariant())}");
        From = (query.Dyad is null ? "events e" : "event_pairs p JOIN events e ON e.id = p.event_id")
            + (query.Source is null ? "" : " JOIN documents d ON d.id = e.doc_id JOIN sources s ON s.id = d.source_id")
            + (query.MinSources > 1 || query.ClusterModality is not null ? " JOIN clusters c ON c.key = e.cluster_key" : "");
        OrderBy = query.Dyad is null ? "e.day DESC, e.id DESC" : "p.day DESC, p.event_id DESC";
    }

    /// <summary>The tables the filter needs, <c>events e</c> among them; only those, so counting stays cheap.</summary>
    public string From { get; }

    /// <summary>Newest first, in the order the driving table's index gives.</summary>
    public string OrderBy { get; }

    private void And(string condition) => where.Append(" AND ").Append(condition);

    /// <summary>Everything an event record shows: its document, source and happening.</summary>
    public const string AllJoins = "events e JOIN documents d ON d.id = e.doc_id LEFT JOIN sources s ON s.id = d.source_id LEFT JOIN clusters c ON c.key = e.cluster_key";

    /// <summary>The condition, without the WHERE keyword.</summary>
    public string Where => where.ToString();

    /// <summary>Adds the parameters to <paramref name="command"/>.</summary>
    public void Bind(SqliteCommand command)
    {
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value);
    }

    private string Add(object value)
    {
        var name = "$f" + parameters.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        parameters.Add((name, value));
        return name;
    }

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
