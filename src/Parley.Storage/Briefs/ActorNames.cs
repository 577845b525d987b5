using Parley.Actors;

namespace Parley.Storage.Briefs;

/// <summary>Plain names for actor codes ("USA" → "United States", "NATO" → "North Atlantic Treaty Organization"), from the actor lexicon.</summary>
public sealed class ActorNames
{
    private readonly Dictionary<string, string> names = new(StringComparer.Ordinal);

    /// <summary>The names the lexicon gives: a country's first name phrase, an organisation's name.</summary>
    public ActorNames(ActorLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        foreach (var country in lexicon.Countries)
        {
            if (country.Kind == CountryPhraseKind.Name)
                names.TryAdd(country.Code, country.Phrase);
        }
        foreach (var organisation in lexicon.Organisations)
            names.TryAdd(organisation.Code, organisation.Name);
    }

    /// <summary>The name of <paramref name="code"/>, or the code itself when the lexicon has none.</summary>
    public string Of(string code) => names.GetValueOrDefault(code, code);

    /// <summary>The names of several codes joined for a sentence: "A", "A and B", "A, B and C".</summary>
    public string Of(IEnumerable<string> codes)
    {
        var all = codes.Distinct(StringComparer.Ordinal).Select(Of).ToList();
        return all.Count switch
        {
            0 => "",
            1 => all[0],
            _ => string.Join(", ", all[..^1]) + " and " + all[^1],
        };
    }
}
