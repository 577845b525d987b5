using System.Text;
using Parley.Cli;

namespace Parley.Tests.Support;

/// <summary>Runs the parley command line in-process with captured output.</summary>
public static class CliRunner
{
    /// <summary>Exit code and what the command wrote.</summary>
    public sealed record Result(int ExitCode, string Out, string Error)
    {
        /// <summary>The non-empty lines written to stderr.</summary>
        public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    /// <summary>Runs <c>parley ARGS</c>; <paramref name="standardInput"/> stands for stdin.</summary>
    public static Result Run(string[] args, byte[]? standardInput = null)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var io = new CliIo(output, error, () => new MemoryStream(standardInput ?? []), IsInteractive: false);
        var code = ParleyCli.RunAsync(args, io).GetAwaiter().GetResult();
        return new Result(code, output.ToString(), error.ToString());
    }

    /// <summary>Runs <c>parley ARGS</c> with text on stdin.</summary>
    public static Result Run(string[] args, string standardInput) => Run(args, Encoding.UTF8.GetBytes(standardInput));
}
