using System.Globalization;

namespace Parley.Storage;

/// <summary>The versioned SQL scripts a back end embeds as <c>PREFIX/NNNN_name.sql</c> resources, in version order.</summary>
internal static class EmbeddedMigrations
{
    /// <summary>The scripts under <paramref name="prefix"/> ("sqlite/", "postgres/") with their versions.</summary>
    public static IReadOnlyList<(int Version, string Sql)> Load(string prefix)
    {
        var assembly = typeof(EmbeddedMigrations).Assembly;
        var found = new List<(int, string)>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var file = name[prefix.Length..];
            var version = int.Parse(file.AsSpan(0, file.IndexOf('_', StringComparison.Ordinal)), CultureInfo.InvariantCulture);
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            found.Add((version, reader.ReadToEnd()));
        }
        if (found.Count == 0)
            throw new InvalidOperationException($"No {prefix} migrations are embedded in {assembly.GetName().Name}.");
        return found;
    }
}
