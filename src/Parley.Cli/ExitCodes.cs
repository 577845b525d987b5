namespace Parley.Cli;

/// <summary>Process exit codes, the same for every command.</summary>
public static class ExitCodes
{
    /// <summary>Everything went through.</summary>
    public const int Success = 0;

    /// <summary>Some input could not be processed (each is reported on stderr); the rest was.</summary>
    public const int SomeInputsFailed = 1;

    /// <summary>The command line itself is wrong; nothing was processed.</summary>
    public const int UsageError = 2;
}
