using System.CommandLine;
using Parley.Events;
using Parley.Lexicons;
using Parley.Mentions;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>--lexicons DIR</c> (or <c>PARLEY_LEXICONS</c>): a folder of user lexicon files, same names as the
/// shipped ones (<c>actors/countries.tsv</c>…), whose lines are added to Parley's.
/// </summary>
public sealed class LexiconOption
{
    /// <summary>The option.</summary>
    public Option<DirectoryInfo?> Directory { get; } = new("--lexicons")
    {
        HelpName = "DIR",
        Description = "Folder of your own lexicon files (same names as lexicons/…), added to the shipped ones. Default: $PARLEY_LEXICONS.",
    };

    /// <summary>The lexicon files chosen by the user.</summary>
    public LexiconFiles Files(ParseResult parse)
    {
        var directory = parse.GetValue(Directory)?.FullName ?? Environment.GetEnvironmentVariable("PARLEY_LEXICONS");
        return string.IsNullOrEmpty(directory) ? LexiconFiles.Shipped : new LexiconFiles(directory);
    }

    /// <summary>The entity lexicon built from the user's choice (the shared shipped one when no folder is given).</summary>
    public EntityLexicon EntityLexicon(ParseResult parse)
    {
        var files = Files(parse);
        return files.UserDirectory is null ? Mentions.EntityLexicon.Shipped : Mentions.EntityLexicon.Load(files);
    }

    /// <summary>The event lexicon: the shipped one, or the shipped one plus the user's folder.</summary>
    public EventLexicon EventLexicon(ParseResult parse)
    {
        var files = Files(parse);
        return files.UserDirectory is null ? Events.EventLexicon.Shipped : Events.EventLexicon.Load(files);
    }
}
