namespace Parley.Reading;

/// <summary>
/// Expands the paths a user gives into input files: files as they are, directories recursively in
/// ordinal name order (so runs are reproducible), <c>-</c> as standard input. Enumeration is lazy, so a
/// directory of 100,000 files is never listed whole in memory beyond one folder's names.
/// </summary>
public static class InputEnumerator
{
    /// <summary>An input file, or a path that cannot be read at all.</summary>
    public readonly record struct Entry(InputFile? File, ReadFailure? Failure);

    /// <summary>Expands <paramref name="paths"/>.</summary>
    public static IEnumerable<Entry> Expand(IEnumerable<string> paths, Func<Stream> standardInput)
    {
        foreach (var path in paths)
        {
            if (path == "-")
                yield return new Entry(InputFile.FromStandardInput(standardInput), null);
            else if (File.Exists(path))
                yield return new Entry(InputFile.FromPath(path), null);
            else if (Directory.Exists(path))
            {
                foreach (var entry in Walk(path))
                    yield return entry;
            }
            else
                yield return new Entry(null, new ReadFailure(path, "no such file or directory."));
        }
    }

    private static IEnumerable<Entry> Walk(string root)
    {
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var directory = pending.Pop();
            string[] files, subdirectories;
            string? unreadable = null;
            try
            {
                files = Directory.GetFiles(directory);
                subdirectories = Directory.GetDirectories(directory);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                files = subdirectories = [];
                unreadable = e.Message;
            }
            if (unreadable is not null)
                yield return new Entry(null, new ReadFailure(directory, $"cannot list directory: {unreadable}"));
            Array.Sort(files, StringComparer.Ordinal);
            foreach (var file in files)
            {
                if (!System.IO.Path.GetFileName(file).StartsWith('.'))
                    yield return new Entry(InputFile.FromPath(file), null);
            }
            Array.Sort(subdirectories, StringComparer.Ordinal);
            for (var i = subdirectories.Length - 1; i >= 0; i--)
            {
                if (!System.IO.Path.GetFileName(subdirectories[i]).StartsWith('.'))
                    pending.Push(subdirectories[i]);
            }
        }
    }
}
