namespace Parley.Web.Tests.Support;

/// <summary>Paths inside the Parley checkout the tests run from.</summary>
public static class Repository
{
    /// <summary>The checkout's root folder (the one holding Parley.slnx).</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The bundled sample corpus.</summary>
    public static string Samples => Path.Combine(Root, "samples");

    /// <summary>Where a test run leaves files for people to look at (screenshots), beside the test results.</summary>
    public static string Artifacts(string folder)
    {
        var path = Path.Combine(Root, "artifacts", folder);
        Directory.CreateDirectory(path);
        return path;
    }

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
