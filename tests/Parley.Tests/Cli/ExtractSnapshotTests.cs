using Parley.Tests.Support;

namespace Parley.Tests.Cli;

/// <summary>
/// Golden snapshots of <c>parley extract --format json</c> for every sample input. A change in the JSON
/// (schema or content) fails here; review the diff, then regenerate with PARLEY_UPDATE_SNAPSHOTS=1.
/// </summary>
public sealed class ExtractSnapshotTests
{
    private static readonly string SnapshotFolder = Path.Combine(Repository.Root, "tests", "Parley.Tests", "Snapshots");

    public static TheoryData<string> SampleInputs() => new(
        Directory.GetFiles(Repository.Samples, "*", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(Repository.Root, p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(SampleInputs))]
    public void Extract_MatchesTheReviewedSnapshot(string samplePath)
    {
        var result = CliRunner.Run(["extract", Path.Combine(Repository.Root, samplePath), "--format", "json"]);
        Assert.Equal(0, result.ExitCode);

        var snapshot = Path.Combine(SnapshotFolder, samplePath.Replace('/', '_') + ".json");
        // Origins are the paths given; make them relative to the checkout so snapshots do not depend on where it lies.
        var output = result.Out.Replace(Repository.Root + "/", "", StringComparison.Ordinal);
        if (Environment.GetEnvironmentVariable("PARLEY_UPDATE_SNAPSHOTS") == "1")
            File.WriteAllText(snapshot, output);
        Assert.True(File.Exists(snapshot), $"No snapshot {snapshot}; run the tests with PARLEY_UPDATE_SNAPSHOTS=1 and review it.");
        Assert.Equal(File.ReadAllText(snapshot), output);
    }
}
