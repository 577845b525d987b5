using System.Collections.Frozen;
using System.Globalization;
using Parley.Lexicons;

namespace Parley.Actors;

/// <summary>
/// Everything Parley knows about actors: countries and their names, demonyms, capitals and seats of
/// power; organisations and armed groups; role nouns and titles; and office-holders with their terms.
/// Loaded from the shipped lexicons, then from a user's override folder (same file names) if given.
/// </summary>
public sealed class ActorLexicon
{

    /// <summary>Phrases naming countries.</summary>
    public required IReadOnlyList<CountryPhrase> Countries { get; init; }

    /// <summary>Surface forms of organisations and groups.</summary>
    public required IReadOnlyList<OrganisationPhrase> Organisations { get; init; }

    /// <summary>Role nouns and titles.</summary>
    public required IReadOnlyList<RolePhrase> Roles { get; init; }

    /// <summary>Words after a modifier role noun that make it an actor (<c>roles/predicate-words.txt</c>).</summary>
    public required FrozenSet<string> PredicateWords { get; init; }

    /// <summary>Weapons, ships and aircraft, which a country's name before them only describes (<c>roles/equipment-nouns.txt</c>).</summary>
    public required FrozenSet<string> EquipmentNouns { get; init; }

    /// <summary>Nouns that can name any act told before, "the move", "the decision" (<c>roles/act-nouns.txt</c>).</summary>
    public required FrozenSet<string> ActNouns { get; init; }

    /// <summary>Words of a pledge that give something, "send", "pledged" (<c>roles/pledge-words.txt</c>).</summary>
    public required FrozenSet<string> PledgeWords { get; init; }

    /// <summary>Plural role nouns that are also a verb ("forces"), a verb when an object follows them bare (<c>roles/verb-homographs.txt</c>).</summary>
    public required FrozenSet<string> VerbHomographs { get; init; }

    /// <summary>Office-holders' terms.</summary>
    public required IReadOnlyList<OfficeTerm> OfficeTerms { get; init; }

    /// <summary>
    /// For an institution's common name ("Congress"), the other countries whose own body bears it
    /// (<c>actors/shared-institutions.tsv</c>).
    /// </summary>
    public required FrozenDictionary<string, string[]> SharedInstitutions { get; init; }

    /// <summary>Loads the lexicon from a set of lexicon files.</summary>
    public static ActorLexicon Load(LexiconFiles files)
    {
        ArgumentNullException.ThrowIfNull(files);
        return new ActorLexicon
        {
            Countries = files.Read("actors/countries.tsv", 4).Select(l => new CountryPhrase(
                l.Fields[0], ParseCountryKind(l), l.Fields[2], Optional(l.Fields[3]), l.Source)).ToArray(),
            Organisations = ReadAll(files, "organisations", 4).Select(l => new OrganisationPhrase(
                l.Fields[0], l.Fields[1], l.Fields[2], l.Fields[3], l.Source)).ToArray(),
            Roles = files.Read("roles/actor-roles.tsv", 4).Select(ParseRole).ToArray(),
            PredicateWords = files.Read("roles/predicate-words.txt", 1).Select(l => l.Fields[0]).ToFrozenSet(StringComparer.OrdinalIgnoreCase),
            EquipmentNouns = files.Read("roles/equipment-nouns.txt", 1).Select(l => l.Fields[0]).ToFrozenSet(StringComparer.OrdinalIgnoreCase),
            ActNouns = files.Read("roles/act-nouns.txt", 1).Select(l => l.Fields[0]).ToFrozenSet(StringComparer.OrdinalIgnoreCase),
            PledgeWords = files.Read("roles/pledge-words.txt", 1).Select(l => l.Fields[0]).ToFrozenSet(StringComparer.OrdinalIgnoreCase),
            VerbHomographs = files.Read("roles/verb-homographs.txt", 1).Select(l => l.Fields[0]).ToFrozenSet(StringComparer.OrdinalIgnoreCase),
            OfficeTerms = ReadAll(files, "office-holders", 7).Select(ParseTerm).ToArray(),
            SharedInstitutions = files.Read("actors/shared-institutions.tsv", 2).GroupBy(l => l.Fields[0], StringComparer.Ordinal)
                .ToFrozenDictionary(g => g.Key, g => g.Select(l => l.Fields[1]).ToArray(), StringComparer.Ordinal),
        };
    }

    /// <summary>Every <c>actors/NAME*.tsv</c> file, so organisations and office-holders can be split by theme.</summary>
    private static IEnumerable<SourcedLine> ReadAll(LexiconFiles files, string name, int fieldCount) =>
        files.List("actors").Where(f => Path.GetFileName(f).StartsWith(name, StringComparison.Ordinal))
            .SelectMany(f => files.Read(f, fieldCount));

    private static RolePhrase ParseRole(SourcedLine line) => line.Fields[3] switch
    {
        "title" => new RolePhrase(line.Fields[0], line.Fields[1], line.Fields[2], true, line.Source),
        "noun" => new RolePhrase(line.Fields[0], line.Fields[1], line.Fields[2], false, line.Source),
        "modifier" => new RolePhrase(line.Fields[0], line.Fields[1], line.Fields[2], false, line.Source, IsModifier: true),
        "anaphor" => new RolePhrase(line.Fields[0], line.Fields[1], line.Fields[2], false, line.Source, IsAnaphor: true),
        "honorific" => new RolePhrase(line.Fields[0], line.Fields[1], line.Fields[2], true, line.Source, IsHonorific: true),
        "unplaced" => new RolePhrase(line.Fields[0], line.Fields[1], line.Fields[2], false, line.Source, IsUnplaced: true),
        "none" => new RolePhrase(line.Fields[0], line.Fields[1], line.Fields[2], false, line.Source, IsNone: true),
        var other => throw line.Error($"unknown use '{other}' (use title, noun, unplaced, modifier, anaphor, honorific or none)."),
    };

    private static CountryPhraseKind ParseCountryKind(SourcedLine line) => line.Fields[1] switch
    {
        "name" => CountryPhraseKind.Name,
        "demonym" => CountryPhraseKind.Demonym,
        "people" => CountryPhraseKind.People,
        "capital" => CountryPhraseKind.Capital,
        "metonym" => CountryPhraseKind.Metonym,
        "institution" => CountryPhraseKind.Institution,
        "short" => CountryPhraseKind.ShortForm,
        var other => throw line.Error($"unknown kind '{other}' (use name, demonym, people, capital, metonym, institution or short)."),
    };

    private static OfficeTerm ParseTerm(SourcedLine line)
    {
        var f = line.Fields;
        var from = ParseBound(line, f[5], start: true) ?? throw line.Error("the term needs a start date.");
        var to = ParseBound(line, f[6], start: false);
        if (to < from)
            throw line.Error($"the term ends ({f[6]}) before it starts ({f[5]}).");
        var aliases = f[4] == "-" ? [] : f[4].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new OfficeTerm(f[0], f[1], f[2], f[3], aliases, from, to, line.Source, Math.Max(Slack(f[5]), Slack(f[6])));
    }

    /// <summary>A term bound given as YYYY, YYYY-MM or YYYY-MM-DD, widened to the first or last day it can mean.</summary>
    private static DateOnly? ParseBound(SourcedLine line, string text, bool start)
    {
        if (text == "-")
            return null;
        var invariant = CultureInfo.InvariantCulture;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", invariant, DateTimeStyles.None, out var day))
            return day;
        if (DateOnly.TryParseExact(text, "yyyy-MM", invariant, DateTimeStyles.None, out var month))
            return start ? month : month.AddMonths(1).AddDays(-1);
        if (text.Length == 4 && int.TryParse(text, NumberStyles.None, invariant, out var year))
            return start ? new DateOnly(year, 1, 1) : new DateOnly(year, 12, 31);
        throw line.Error($"'{text}' is not a date (use YYYY, YYYY-MM or YYYY-MM-DD, or - for an open end).");
    }

    /// <summary>How many days a bound written as a year (YYYY) or month (YYYY-MM) may be off.</summary>
    private static int Slack(string bound) => bound.Length switch
    {
        4 => 365,
        7 => 31,
        _ => 0,
    };

    private static string? Optional(string field) => field == "-" ? null : field;
}
