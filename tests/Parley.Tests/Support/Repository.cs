namespace Parley.Tests.Support;

/// <summary>Paths inside the Parley checkout the tests run from.</summary>
public static class Repository
{
    /// <summary>The checkout's root folder (the one holding Parley.slnx).</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The bundled sample corpus.</summary>
    public static string Samples => Path.Combine(Root, "samples");

    /// <summary>A file of the sample corpus.</summary>
    public static string Sample(string relative) => Path.Combine(Samples, relative);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Parley.slnx")))
                return directory.FullName;
        }
        throw new InvalidOperationException("Tests must run inside a Parley checkout (no Parley.slnx above " + AppContext.BaseDirectory + ").");
    }
}
