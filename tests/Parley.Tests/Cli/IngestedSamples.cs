using Parley.Tests.Support;

namespace Parley.Tests.Cli;

/// <summary>A store of the text samples, built once for the query tests of one class, which only read it.</summary>
public sealed class IngestedSamples : IDisposable
{
    private readonly TempDirectory temp = new();

    public IngestedSamples()
    {
        Db = Path.Combine(temp.Path, "samples.db");
        var result = CliRunner.Run(["ingest", Repository.Sample("text"), Repository.Sample("jsonl"), "--db", Db]);
        if (result.ExitCode != 0)
            throw new InvalidOperationException("ingest of the samples failed: " + result.Error);
    }

    public string Db { get; }

    public void Dispose() => temp.Dispose();
}
