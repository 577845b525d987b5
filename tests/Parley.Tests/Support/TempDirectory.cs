namespace Parley.Tests.Support;

/// <summary>A folder of its own for one test, deleted afterwards.</summary>
public sealed class TempDirectory : IDisposable
{
    /// <summary>Creates the folder.</summary>
    public TempDirectory() => Directory.CreateDirectory(Path);

    /// <summary>The folder.</summary>
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "parley-test-" + Guid.NewGuid().ToString("N"));

    /// <summary>Writes a file below the folder and returns its path.</summary>
    public string Write(string name, string content) => Write(name, System.Text.Encoding.UTF8.GetBytes(content));

    /// <summary>Writes bytes below the folder and returns their path.</summary>
    public string Write(string name, byte[] content)
    {
        var path = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return path;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Leaving a temp folder behind is harmless; failing the test for it is not.
        }
    }
}
