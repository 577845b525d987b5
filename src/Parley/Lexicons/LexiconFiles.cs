using System.Reflection;
using Parley.Actors;

namespace Parley.Lexicons;

/// <summary>
/// Where lexicon files come from: the ones shipped inside Parley, followed by a user's override folder
/// whose files have the same relative names (<c>actors/countries.tsv</c>…). A user's lines are added
/// after the shipped ones, so an analyst can extend Parley without recompiling.
/// </summary>
public sealed class LexiconFiles(string? userDirectory = null)
{
    /// <summary>The shipped lexicons only.</summary>
    public static LexiconFiles Shipped { get; } = new();

    /// <summary>The user's override folder, if any.</summary>
    public string? UserDirectory { get; } = userDirectory;

    /// <summary>The lexicon files in a folder (<c>places</c> → <c>places/cities.tsv</c>, …): shipped and the user's, in ordinal order.</summary>
    public IReadOnlyList<string> List(string folder)
    {
        var prefix = "lexicons/" + folder + "/";
        var names = Assembly.GetExecutingAssembly().GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Select(n => n["lexicons/".Length..]).ToHashSet(StringComparer.Ordinal);
        var userFolder = UserDirectory is null ? null : Path.Combine(UserDirectory, folder);
        if (userFolder is not null && Directory.Exists(userFolder))
            names.UnionWith(Directory.GetFiles(userFolder, "*.tsv").Select(f => folder + "/" + Path.GetFileName(f)));
        return names.Order(StringComparer.Ordinal).ToArray();
    }

    /// <summary>The data lines of <paramref name="path"/>: shipped first, then the user's. At least one of the two must exist.</summary>
    public IReadOnlyList<SourcedLine> Read(string path, int fieldCount)
    {
        var lines = new List<SourcedLine>();
        var shipped = Assembly.GetExecutingAssembly().GetManifestResourceInfo("lexicons/" + path) is not null;
        if (shipped)
            AddSourced(lines, LexiconFile.Read(path, fieldCount), "lexicons/" + path);
        var userPath = UserDirectory is null ? null : Path.Combine(UserDirectory, path);
        if (userPath is not null && File.Exists(userPath))
        {
            using var reader = new StreamReader(userPath);
            AddSourced(lines, LexiconFile.Parse(userPath, reader, fieldCount), userPath);
        }
        else if (!shipped)
            throw new FileNotFoundException($"Lexicon 'lexicons/{path}' is neither shipped with Parley nor in {UserDirectory ?? "a user folder"}.");
        return lines;
    }

    // One file name shared by every line's source, and no iterator: start-up reads ~19,000 lines this way.
    private static void AddSourced(List<SourcedLine> lines, IReadOnlyList<LexiconLine> read, string file)
    {
        lines.EnsureCapacity(lines.Count + read.Count);
        for (var i = 0; i < read.Count; i++)
            lines.Add(new SourcedLine(read[i].Fields, new LexiconSource(file, read[i].Number)));
    }
}
