using Npgsql;
using NpgsqlTypes;

namespace Parley.Storage.Postgres;

/// <summary>Writes nullable values into a binary COPY, NULL when absent.</summary>
internal static class BinaryImporterExtensions
{
    /// <summary>Writes <paramref name="value"/> as <paramref name="type"/>, or NULL.</summary>
    public static void WriteNullable(this NpgsqlBinaryImporter importer, string? value, NpgsqlDbType type = NpgsqlDbType.Text)
    {
        if (value is null)
            importer.WriteNull();
        else
            importer.Write(value, type);
    }

    /// <summary>Writes <paramref name="value"/> as <paramref name="type"/>, or NULL.</summary>
    public static void WriteNullable<T>(this NpgsqlBinaryImporter importer, T? value, NpgsqlDbType type)
        where T : struct
    {
        if (value is { } present)
            importer.Write(present, type);
        else
            importer.WriteNull();
    }
}
