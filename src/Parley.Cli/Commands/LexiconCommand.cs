using System.CommandLine;
using Parley.Lexicons;

namespace Parley.Cli.Commands;

/// <summary><c>parley lexicon check</c>: validates the shipped lexicons and a user's additions.</summary>
public static class LexiconCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliIo io)
    {
        var lexicons = new LexiconOption();
        var check = new Command("check", "Validate the lexicons: formats, known codes and sectors, repeated lines, ambiguous phrases, overlapping terms of office.");
        check.Options.Add(lexicons.Directory);
        check.SetAction(parse =>
        {
            var problems = LexiconValidator.Validate(lexicons.Files(parse));
            foreach (var problem in problems)
                io.Error.WriteLine(problem.ToString());
            var errors = problems.Count(p => p.IsError);
            io.Out.WriteLine($"lexicon check: {errors} error(s), {problems.Count - errors} warning(s).");
            return errors > 0 ? ExitCodes.SomeInputsFailed : ExitCodes.Success;
        });
        return new Command("lexicon", "Work with Parley's lexicons (see lexicons/README.md for the formats and how to add your own).") { check };
    }
}
