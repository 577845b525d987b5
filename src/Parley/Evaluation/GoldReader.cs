using System.Text.Json;

namespace Parley.Evaluation;

/// <summary>Reads gold JSONL files (or folders of them, in ordinal order), one record per line, naming each bad line.</summary>
public static class GoldReader
{
    /// <summary>Each line's origin (<c>file:line</c>) with its record, or the reason it could not be read.</summary>
    public static IEnumerable<(string Origin, T? Record, string? Error)> Read<T>(IEnumerable<string> paths) where T : class
    {
        ArgumentNullException.ThrowIfNull(paths);
        foreach (var path in paths.SelectMany(p => Directory.Exists(p) ? Directory.GetFiles(p, "*.jsonl", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray() : new[] { p }))
        {
            var number = 0;
            foreach (var line in File.ReadLines(path))
            {
                number++;
                if (string.IsNullOrWhiteSpace(line))
                    continue;
                T? record = null;
                string? error = null;
                try
                {
                    record = JsonSerializer.Deserialize<T>(line);
                }
                catch (JsonException e)
                {
                    error = e.Message;
                }
                yield return ($"{path}:{number}", record, error ?? (record is null ? "empty line" : null));
            }
        }
    }

    /// <summary>Where the <paramref name="occurrence"/>-th copy (1-based) of <paramref name="value"/> starts in <paramref name="text"/>, or −1.</summary>
    public static int IndexOfOccurrence(string text, string value, int occurrence)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(value);
        var index = -1;
        for (var n = 0; n < Math.Max(1, occurrence); n++)
        {
            index = text.IndexOf(value, index + 1, StringComparison.Ordinal);
            if (index < 0)
                return -1;
        }
        return index;
    }
}
