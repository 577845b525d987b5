using Parley.Cli;
using Parley.Tests.Support;

namespace Parley.Tests.Cli;

/// <summary>The command line builds only the command its first word names, so that table must name each command right.</summary>
public sealed class CommandTableTests
{
    [Fact]
    public void Each_entry_is_named_as_its_command()
    {
        var io = new CliIo(TextWriter.Null, TextWriter.Null, () => Stream.Null, IsInteractive: false);
        foreach (var (name, create) in ParleyCli.Commands)
            Assert.Equal(name, create(io).Name);
    }

    [Fact]
    public void Root_help_still_lists_every_command()
    {
        var help = CliRunner.Run(["--help"]).Out;
        foreach (var (name, _) in ParleyCli.Commands)
            Assert.Contains(name, help);
    }

    [Fact]
    public void A_misspelt_command_is_a_usage_error()
    {
        var result = CliRunner.Run(["extrakt", "file.txt"]);
        Assert.NotEqual(0, result.ExitCode);
    }
}
