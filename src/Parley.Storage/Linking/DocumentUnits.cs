using System.Data.Common;

namespace Parley.Storage.Linking;

/// <summary>
/// The independent source each document counts as (<see cref="IHappeningTallies.Units"/>): the outlet of its
/// group's original, or minus the original's id when it has none. Both back ends read it with this SQL.
/// </summary>
internal static class DocumentUnits
{
    /// <summary>The query, but for the condition on <c>d.id</c> that each back end adds after <c>WHERE</c>.</summary>
    public const string Select = """
        SELECT d.id, coalesce(o.source_id, -o.id)
        FROM documents d LEFT JOIN document_copies x ON x.doc_id = d.id JOIN documents o ON o.id = coalesce(x.original_id, d.id)
        WHERE
        """;

    /// <summary>Runs <paramref name="command"/>, a <see cref="Select"/> of <paramref name="count"/> documents, into a map.</summary>
    public static Dictionary<long, long> Read(DbCommand command, int count)
    {
        var units = new Dictionary<long, long>(count);
        using var reader = command.ExecuteReader();
        while (reader.Read())
            units[reader.GetInt64(0)] = reader.GetInt64(1);
        return units;
    }
}
