using System.Diagnostics;
using Parley.Tests.Support;

namespace Parley.Tests.Cli;

/// <summary>The ./parley launcher script is a contract: it builds if needed and runs from any directory.</summary>
public sealed class LauncherTests
{
    private static (int ExitCode, string Out, string Error) Launch(string workingDirectory, string arguments, string? input = null)
    {
        var start = new ProcessStartInfo("bash", $"{Path.Combine(Repository.Root, "parley")} {arguments}")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        using var process = Process.Start(start)!;
        process.StandardInput.Write(input ?? "");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(3)), "parley did not finish within 3 minutes");
        return (process.ExitCode, output.Result, error.Result);
    }

    [Fact]
    public void Launcher_RunsFromAnyDirectory_AndReadsStandardInput()
    {
        using var temp = new TempDirectory();
        var version = Launch(temp.Path, "--version");
        Assert.True(version.ExitCode == 0, version.Error);
        Assert.Matches(@"^\d+\.\d+\.\d+", version.Out);

        var extract = Launch(temp.Path, "extract - --format jsonl", "KYIV, Feb 19 (Parley Wire) - The envoy arrived.");
        Assert.True(extract.ExitCode == 0, extract.Error);
        Assert.Contains("\"schema\":\"parley/extract-1\"", extract.Out);
    }
}
