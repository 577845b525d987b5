namespace Parley.Cli;

/// <summary>The streams a command talks to; tests pass their own.</summary>
/// <param name="Out">Results.</param>
/// <param name="Error">Problems and progress.</param>
/// <param name="OpenStandardInput">Opens the input that <c>-</c> stands for.</param>
/// <param name="IsInteractive">True when <see cref="Error"/> is a terminal a person watches (progress is drawn there).</param>
public sealed record CliIo(TextWriter Out, TextWriter Error, Func<Stream> OpenStandardInput, bool IsInteractive)
{
    /// <summary>The process's own console.</summary>
    public static CliIo System() => new(
        Console.Out,
        Console.Error,
        Console.OpenStandardInput,
        !Console.IsErrorRedirected);

    /// <summary>Reports one problem on stderr, prefixed with the program name. Results written so far are flushed first, so the two streams interleave sensibly on a terminal.</summary>
    public void Report(string message)
    {
        Out.Flush();
        Error.WriteLine($"parley: {message}");
    }
}
