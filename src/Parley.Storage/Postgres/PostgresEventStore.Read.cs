using System.Globalization;
using Npgsql;
using Parley.Storage.Querying;
using Parley.Storage.Rows;
using static Parley.Storage.Rows.StoreRows;

namespace Parley.Storage.Postgres;

public sealed partial class PostgresEventStore
{
    // The columns of StoreRows.Event, in its order. Text sorts as bytes (COLLATE "C") wherever order shows,
    // as in SQLite, whatever the database's collation.
    private const string EventColumns = """
        e.id, e.doc_id, e.local_id, to_char(e.day, 'YYYY-MM-DD'), e.type, e.mode, e.plover_type, e.plover_mode, e.cameo, e.score, e.trigger,
        e.modality, e.hedged::int::int8, e.attribution, e.attribution_source, e.contexts::text, e.quantities, e.confidence, e.location_text,
        e.location_name, e.country, e.lat, e.lon, e.date_value, e.date_precision, d.url, d.title, d.published, s.name, coalesce(c.sources, 1),
        (SELECT x.text FROM sentences x WHERE x.doc_id = e.doc_id AND x.idx = e.sentence),
        (SELECT json_agg(json_build_array(p.role, p.code, p.sector, p.name, p.text) ORDER BY p.role COLLATE "C", p.ord)::text FROM participants p WHERE p.event_id = e.id),
        coalesce(c.modality, 'reported'), e.cluster_key
        """;

    // A dyad's page walks event_pairs newest first and looks each pair's event up (in place of
    // EventFilter.PairedEvents, whose constant the page replaces, so that the two cannot drift apart). By id alone that lookup
    // searched every monthly partition, 80 of them per pair; the pair carries its event's day, so the lookup
    // reads that month alone (run-time partition pruning; undated events are in the default partition).
    // OFFSET 0 keeps it a per-row subquery, which the planner would otherwise flatten into a hash join over
    // every partition. The query's own day range, repeated inside, lets a plan made for its values leave out
    // the months outside it (the pair's day alone is known only at run time): a new connection's first page
    // then reads the catalog entries of those months only.
    private static string PairEventsByDay(EventFilter filter) =>
        $"event_pairs p CROSS JOIN LATERAL (SELECT * FROM events x WHERE x.id = p.event_id AND (x.day = p.day OR (p.day IS NULL AND x.day IS NULL)){filter.DayRange("x.day")} OFFSET 0) e";

    /// <inheritdoc />
    public StoreTotals Totals() => Read(connection =>
    {
        // Outlets with articles only: one whose batch failed keeps its row (see PostgresSources). Events from the
        // counts kept per type and month: count(*) would read every partition's id index.
        using var command = new NpgsqlCommand("""
            SELECT (SELECT count(*) FROM documents), (SELECT coalesce(sum(events), 0)::int8 FROM stats_type_month),
                (SELECT count(*) FROM sources s WHERE EXISTS (SELECT 1 FROM documents d WHERE d.source_id = s.id)), (SELECT count(*) FROM document_copies)
            """, connection);
        using var reader = command.ExecuteReader();
        reader.Read();
        return new StoreTotals(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2)) { Copies = reader.GetInt64(3) };
    });

    /// <inheritdoc />
    public IReadOnlyList<SourceQuality> SourceQualities() => Rows("""
        SELECT coalesce(s.name, '(none)'), count(*),
            coalesce(avg((d.quality::jsonb ->> 'factDensity')::float8), 0), coalesce(avg((d.quality::jsonb ->> 'hedgeRatio')::float8), 0),
            coalesce(avg((d.quality::jsonb ->> 'attributionRatio')::float8), 0),
            count(*) FILTER (WHERE d.quality::jsonb -> 'flags' @> '["low-information"]'),
            count(*) FILTER (WHERE d.quality::jsonb -> 'flags' @> '["speculative"]'),
            count(*) FILTER (WHERE EXISTS (SELECT 1 FROM document_copies c WHERE c.doc_id = d.id)),
            count(*) FILTER (WHERE EXISTS (SELECT 1 FROM document_copies c WHERE c.doc_id = d.id AND c.spun))
        FROM documents d LEFT JOIN sources s ON s.id = d.source_id
        GROUP BY s.name ORDER BY count(*) DESC, s.name COLLATE "C" NULLS FIRST
        """, _ => { }, StoreRows.SourceQuality);

    /// <inheritdoc />
    public IReadOnlyList<long> DocumentIds() => Rows("SELECT id FROM documents ORDER BY id", _ => { }, r => r.GetInt64(0));

    /// <inheritdoc />
    public IReadOnlyList<StoredDocument> LoadDocuments(IReadOnlyList<long> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        cancellationToken.ThrowIfCancellationRequested();
        return Rows("""
            SELECT d.id, d.doc_key, d.origin, d.format, d.title, d.url, d.byline, s.name, d.published, d.published_source, d.text
            FROM unnest(@ids) WITH ORDINALITY AS wanted(id, ord) JOIN documents d ON d.id = wanted.id LEFT JOIN sources s ON s.id = d.source_id
            ORDER BY wanted.ord
            """, c => c.Parameters.AddWithValue("ids", ids.ToArray()), StoreRows.StoredDocument);
    }

    /// <inheritdoc />
    public IEnumerable<EventRecord> Events(EventQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var filter = new EventFilter(query, PostgresFilterDialect.Instance);
        var paging = (query.Limit is { } limit ? string.Create(CultureInfo.InvariantCulture, $" LIMIT {limit}") : "")
            + (query.Offset > 0 ? string.Create(CultureInfo.InvariantCulture, $" OFFSET {query.Offset}") : "");
        // The page is chosen first, and only its rows then pay for the document, sentence and participants.
        // It carries the events' own columns rather than ids to join back: the events table is partitioned by
        // month, and a join on id alone read every partition (a hash join over all of them). At 120,000 events
        // the server's time for the newest 50 fell from 192 to 15 ms, for a dyad's from 521 to 14 ms (with the
        // lookup by day above), shared buffers read from 4,485 to 1,035 and from 7,692 to 907.
        var joins = EventFilter.JoinsTo("page e");
        var from = filter.From.Replace(EventFilter.PairedEvents, PairEventsByDay(filter), StringComparison.Ordinal);
        return ReadEvents($"""
            WITH page AS MATERIALIZED (SELECT e.* FROM {from} WHERE {filter.Where} ORDER BY {filter.OrderBy}{paging})
            SELECT {EventColumns} FROM {joins} ORDER BY e.day DESC NULLS LAST, e.id DESC
            """, filter.Bind, cancellationToken);
    }

    /// <inheritdoc />
    public StoreStatistics Statistics(EventQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return StatisticsSummary.FiltersOnlyModality(query) ? CountedStatistics(query.Modality) : ScannedStatistics(query);
    }

    /// <summary>
    /// Statistics read from the stats_* tables the writers keep up to date (<see cref="StatisticsDelta"/>): a few
    /// thousand rows, whatever the store's size, where grouping the events took 7–9 s at a million.
    /// </summary>
    private StoreStatistics CountedStatistics(Parley.Events.EventModality? modality)
    {
        var modalities = (modality is { } m ? [m] : Enum.GetValues<Parley.Events.EventModality>()).Select(PreparedDocument.ModalityName).ToArray();
        void Bind(NpgsqlCommand c) => c.Parameters.AddWithValue("modalities", modalities);
        var typeMonth = Rows("""
            SELECT plover_type, nullif(month, ''), sum(events)::int8 FROM stats_type_month
            WHERE modality = ANY(@modalities) AND events > 0 GROUP BY 1, 2
            """, Bind, r => (Type: r.GetString(0), Month: String(r, 1), Count: r.GetInt64(2)));
        var dyads = Rows("""
            SELECT actor, recipient, sum(events)::int8, sum(score_sum) FROM stats_dyad
            WHERE modality = ANY(@modalities) AND events > 0 GROUP BY 1, 2
            """, Bind, r => (Actor: r.GetString(0), Recipient: r.GetString(1), Count: r.GetInt64(2), Sum: r.GetDouble(3)));
        return StatisticsSummary.Of(Totals(), typeMonth, dyads, top => Rows("""
            SELECT s.actor, s.recipient, s.month, sum(s.events)::int8, sum(s.score_sum) FROM stats_dyad_month s
            JOIN unnest(@actors, @recipients) AS top(actor, recipient) ON top.actor = s.actor AND top.recipient = s.recipient
            WHERE s.modality = ANY(@modalities) AND s.month <> '' AND s.events > 0
            GROUP BY 1, 2, 3
            """, c =>
            {
                Bind(c);
                c.Parameters.AddWithValue("actors", top.Select(d => d.Actor).ToArray());
                c.Parameters.AddWithValue("recipients", top.Select(d => d.Recipient).ToArray());
            }, r => (Actor: r.GetString(0), Recipient: r.GetString(1), Month: r.GetString(2), Count: r.GetInt64(3), Sum: r.GetDouble(4))));
    }

    /// <summary>Statistics computed from the matching events themselves: any filter, but a scan (seconds on a million events).</summary>
    internal StoreStatistics ScannedStatistics(EventQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var filter = new EventFilter(query with { Limit = null, Offset = 0 }, PostgresFilterDialect.Instance);
        var typeMonth = Rows($"SELECT e.plover_type, to_char(e.day, 'YYYY-MM'), count(*) FROM {filter.From} WHERE {filter.Where} GROUP BY 1, 2", filter.Bind,
            r => (Type: r.GetString(0), Month: String(r, 1), Count: r.GetInt64(2)));
        var dyadMonth = Rows($"""
            SELECT x.actor, x.recipient, to_char(e.day, 'YYYY-MM'), count(*), sum(e.score)
            FROM {filter.From} JOIN event_dyads x ON x.event_id = e.id WHERE {filter.Where} GROUP BY 1, 2, 3
            """, filter.Bind, r => (Actor: r.GetString(0), Recipient: r.GetString(1), Month: String(r, 2), Count: r.GetInt64(3), Sum: r.GetDouble(4)));
        return StatisticsSummary.FromScan(Totals(), typeMonth, dyadMonth);
    }

    /// <summary>
    /// A search ranks its matches when there are at most this many; a commoner query lists the newest matching
    /// sentences first. Settable for tests, which cannot store 10,000 matches cheaply.
    /// </summary>
    internal int RankedMatches { get; set; } = 10_000;

    /// <inheritdoc />
    public IReadOnlyList<SearchHit> Search(string query, int limit, int offset = 0)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(query);
        // The page is chosen on sentence ids first; only its sentences then pay for a snippet and a join.
        var page = RankedPage(query, limit, offset) ?? NewestPage(query, limit, offset);
        var hits = Rows("""
            SELECT x.doc_id, x.idx, ts_headline('simple', x.text, websearch_to_tsquery('simple', @query),
                    'StartSel=**, StopSel=**, MaxWords=24, MinWords=8, ShortWord=0, FragmentDelimiter=" … "'),
                d.title, d.url, d.published
            FROM unnest(@ids) WITH ORDINALITY AS page(id, ord) JOIN sentences x ON x.id = page.id JOIN documents d ON d.id = x.doc_id
            ORDER BY page.ord
            """, c =>
            {
                c.Parameters.AddWithValue("query", query);
                c.Parameters.AddWithValue("ids", page);
            }, r => (Doc: r.GetInt64(0), Sentence: r.GetInt32(1), Snippet: r.GetString(2), Title: String(r, 3), Url: String(r, 4), Published: String(r, 5)));
        var told = EventsInSentences(hits.Select(h => (h.Doc, h.Sentence)).ToList());
        return SearchHits(hits, told);
    }

    /// <summary>
    /// The ids of the page of sentences matching <paramref name="query"/>, best ts_rank first (then newest), when
    /// there are at most <see cref="RankedMatches"/>; null for a commoner query. websearch_to_tsquery reads anything
    /// a user types ("U.S.-China", a stray quote) without a syntax error.
    /// </summary>
    /// <remarks>
    /// Ranking every match read each matching sentence's row for its tsvector: the GIN index gives row addresses,
    /// not ids, so no cap on the newest matches could skip that (an id range added a primary-key bitmap as dear as
    /// the rows it saved). A common word thus cost in proportion to the store: "minister", 51,760 sentences at
    /// 1,000,000 events, ~46 ms of server CPU a search, ten times that at 10,000,000. Reading at most
    /// RankedMatches + 1 of them bounds it whatever the store's size. Each is scored as it is read: keeping the
    /// tsvectors to score after the count cost more than ranking every match had.
    /// </remarks>
    private long[]? RankedPage(string query, int limit, int offset) => Rows("""
        WITH q AS (SELECT websearch_to_tsquery('simple', @query) AS q),
        matches AS MATERIALIZED (SELECT x.id, ts_rank(x.words, q.q) AS score FROM sentences x, q WHERE x.words @@ q.q LIMIT @ranked + 1)
        SELECT (SELECT count(*) FROM matches) <= @ranked, ARRAY(SELECT id FROM matches ORDER BY score DESC, id DESC LIMIT @limit OFFSET @offset)
        """, c =>
        {
            c.Parameters.AddWithValue("query", query);
            c.Parameters.AddWithValue("ranked", RankedMatches);
            c.Parameters.AddWithValue("limit", limit);
            c.Parameters.AddWithValue("offset", offset);
        }, r => r.GetBoolean(0) ? r.GetFieldValue<long[]>(1) : null)[0];

    /// <summary>
    /// The ids of the page of the newest sentences matching a common query: the primary key read backwards, each
    /// sentence's tsvector tested until the page is full (a few hundred rows for a word in one sentence of 25). For
    /// a single word this is close to its ranking anyway: ts_rank scores every sentence that holds it once alike.
    /// The query is given inline, not through a CTE, so that the planner sees how common its words are.
    /// </summary>
    private long[] NewestPage(string query, int limit, int offset) => Rows("""
        SELECT ARRAY(SELECT x.id FROM sentences x WHERE x.words @@ websearch_to_tsquery('simple', @query) ORDER BY x.id DESC LIMIT @limit OFFSET @offset)
        """, c =>
        {
            c.Parameters.AddWithValue("query", query);
            c.Parameters.AddWithValue("limit", limit);
            c.Parameters.AddWithValue("offset", offset);
        }, r => r.GetFieldValue<long[]>(0))[0];

    /// <summary>The events with evidence in each of <paramref name="sentences"/> (document id, sentence index), in id order, read with one query.</summary>
    private Dictionary<(long Doc, int Sentence), List<EventRecord>> EventsInSentences(List<(long Doc, int Sentence)> sentences)
    {
        var told = new Dictionary<(long, int), List<EventRecord>>();
        if (sentences.Count == 0)
            return told;
        // The events are looked up all at once (id = ANY of an array): each monthly partition then searches its
        // id index for all of them in one scan, where a join on id searched every partition once per event.
        var joins = EventFilter.JoinsTo("told e ON e.id = h.event_id");
        return Read(connection =>
        {
            using var command = new NpgsqlCommand($"""
                WITH h AS MATERIALIZED (
                    SELECT DISTINCT v.doc_id, v.sentence, v.event_id FROM unnest(@docs, @sentences) AS j(doc_id, sentence)
                    JOIN evidence v ON v.doc_id = j.doc_id AND v.sentence = j.sentence),
                told AS MATERIALIZED (SELECT * FROM events WHERE id = ANY (ARRAY(SELECT event_id FROM h)))
                SELECT {EventColumns}, h.doc_id, h.sentence FROM h JOIN {joins} ORDER BY e.id
                """, connection);
            command.Parameters.AddWithValue("docs", sentences.Select(s => s.Doc).ToArray());
            command.Parameters.AddWithValue("sentences", sentences.Select(s => s.Sentence).ToArray());
            using var reader = command.ExecuteReader();
            while (reader.Read())
                AddToSentence(told, reader);
            return told;
        });
    }

    /// <inheritdoc />
    public IReadOnlyDictionary<long, IReadOnlyList<EvidenceRecord>> EvidenceOfDocument(long documentId)
    {
        var text = DocumentText(documentId);
        var rows = Rows("""
            SELECT v.event_id, v.start, v."end", v.sentence, x.text FROM evidence v
            LEFT JOIN sentences x ON x.doc_id = v.doc_id AND x.idx = v.sentence
            WHERE v.doc_id = @id ORDER BY v.event_id, v.ord
            """, c => c.Parameters.AddWithValue("id", documentId),
            r => (Event: r.GetInt64(0), Record: Evidence(r, text, 1)));
        return rows.GroupBy(row => row.Event).ToDictionary(g => g.Key, g => (IReadOnlyList<EvidenceRecord>)g.Select(row => row.Record).ToList());
    }

    /// <inheritdoc />
    public EventDetail? FindEvent(long id)
    {
        var record = ReadEvents($"SELECT {EventColumns} FROM {EventFilter.AllJoins} WHERE e.id = @id", c => c.Parameters.AddWithValue("id", id), CancellationToken.None).FirstOrDefault();
        if (record is null)
            return null;
        var text = DocumentText(record.DocumentId);
        var evidence = Rows("""
            SELECT v.start, v."end", v.sentence, x.text FROM evidence v
            LEFT JOIN sentences x ON x.doc_id = v.doc_id AND x.idx = v.sentence
            WHERE v.event_id = @id ORDER BY v.ord
            """, c => c.Parameters.AddWithValue("id", id),
            r => Evidence(r, text, 0));
        var reports = Rows("""
            SELECT min(e.id), d.id, d.title, d.url, s.name, d.published, x.original_id FROM events e JOIN documents d ON d.id = e.doc_id
                LEFT JOIN sources s ON s.id = d.source_id LEFT JOIN document_copies x ON x.doc_id = d.id
            WHERE e.cluster_key = @key GROUP BY d.id, s.name, x.original_id ORDER BY d.published COLLATE "C" NULLS FIRST, d.id
            """, c => c.Parameters.AddWithValue("key", record.ClusterKey),
            Report);
        return new EventDetail(record, evidence, reports);
    }

    /// <inheritdoc />
    public DocumentDetail? FindDocument(long id)
    {
        var found = Rows("""
            SELECT d.identity, d.origin, d.format, d.url, d.title, d.byline, s.name, d.published, d.text, d.quality,
                (SELECT count(*) FROM sentences WHERE doc_id = d.id)::int4, d.mentions, x.original_id, x.nearest_id, x.jaccard, x.spun
            FROM documents d LEFT JOIN sources s ON s.id = d.source_id LEFT JOIN document_copies x ON x.doc_id = d.id WHERE d.id = @id
            """, c => c.Parameters.AddWithValue("id", id), r => (Detail: DocumentDetail(id, r), Mentions: r.GetString(11)));
        if (found.Count == 0)
            return null;
        var (detail, mentionsJson) = found[0];
        var events = ReadEvents($"SELECT {EventColumns} FROM {EventFilter.AllJoins} WHERE e.doc_id = @id ORDER BY e.id",
            c => c.Parameters.AddWithValue("id", id), CancellationToken.None).ToList();
        var copies = Rows("SELECT doc_id, nearest_id, jaccard, spun FROM document_copies WHERE original_id = @id ORDER BY doc_id",
            c => c.Parameters.AddWithValue("id", id), r => Copy(r, id));
        return detail with { Mentions = StoreRows.Mentions(detail.Text, mentionsJson), Events = events, Copies = copies };
    }

    private string DocumentText(long id) =>
        Rows("SELECT text FROM documents WHERE id = @id", c => c.Parameters.AddWithValue("id", id), r => r.GetString(0)).FirstOrDefault() ?? "";

    /// <summary>Events read lazily on a connection of their own, held until the enumeration ends.</summary>
    private IEnumerable<EventRecord> ReadEvents(string sql, Action<NpgsqlCommand> bind, CancellationToken cancellationToken)
    {
        var connection = dataSource.CreateConnection();
        var command = new NpgsqlCommand(sql, connection);
        NpgsqlDataReader reader;
        try
        {
            connection.Open();
            bind(command);
            reader = command.ExecuteReader();
        }
        catch (NpgsqlException e)
        {
            command.Dispose();
            connection.Dispose();
            throw Translate(e, Location, "read");
        }
        catch
        {
            command.Dispose();
            connection.Dispose();
            throw;
        }
        using (connection)
        using (command)
        using (reader)
        {
            while (reader.Read())
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return Event(reader);
            }
        }
    }

    private List<T> Rows<T>(string sql, Action<NpgsqlCommand> bind, Func<NpgsqlDataReader, T> map) => Read(connection =>
    {
        using var command = new NpgsqlCommand(sql, connection);
        bind(command);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
            rows.Add(map(reader));
        return rows;
    });
}
