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
        if (query.Dyad is var (first, second))
        {
            var a = Add(first.ToUpperInvariant());
            var b = Add(second.ToUpperInvariant());
            And($"e.id IN (SELECT x.event_id FROM participants x JOIN participants y ON y.event_id = x.event_id AND y.role = 'recipient' WHERE x.role = 'actor' AND x.code = {a} AND y.code = {b}"
                + $" UNION SELECT x.event_id FROM participants x JOIN participants y ON y.event_id = x.event_id AND y.role = 'recipient' WHERE x.role = 'actor' AND x.code = {b} AND y.code = {a})");
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
            And($"e.day >= {Add(SqliteEventStore.Iso(since))}");
        if (query.Until is { } until)
            And($"e.day <= {Add(SqliteEventStore.Iso(until))}");
        if (query.Source is { } source)
            And($"s.name = {Add(source)}");
        if (query.MinSources > 1)
            And($"c.sources >= {Add(query.MinSources)}");
    }

    private void And(string condition) => where.Append(" AND ").Append(condition);

    /// <summary>The joins every filtered query needs.</summary>
    public const string From = "events e JOIN documents d ON d.id = e.doc_id LEFT JOIN sources s ON s.id = d.source_id LEFT JOIN clusters c ON c.key = e.cluster_key";

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
